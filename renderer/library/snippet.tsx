// Shows a search snippet with its matched words highlighted. The library marks matches with « and », so no
// HTML from a source file is ever put into the page.
import { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN } from '../../core/library/library-types';

export function Snippet({ text }: { text: string }) {
  const parts = text.replace(/\s+/g, ' ').split(HIGHLIGHT_OPEN);
  return (
    <span className="snippet">
      {parts.map((part, i) => {
        if (i === 0) return <span key={i}>{part}</span>;
        const [match, rest = ''] = part.split(HIGHLIGHT_CLOSE);
        return (
          <span key={i}>
            <mark>{match}</mark>
            {rest}
          </span>
        );
      })}
    </span>
  );
}
