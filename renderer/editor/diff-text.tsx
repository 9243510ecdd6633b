// A word-level difference as a reader expects it from Word's compare: insertions underlined, deletions struck.
import type { DiffPart } from '../../core/diff/word-diff';

export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  if (parts.length === 0) return <span className="diff-empty">(no text)</span>;
  return (
    <>
      {parts.map((part, index) =>
        part.kind === 'insert' ? (
          <ins key={index} className="diff-insert">
            {part.text}
          </ins>
        ) : part.kind === 'delete' ? (
          <del key={index} className="diff-delete">
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
