// The shipped example carries a notice ("EXAMPLE ONLY, not a record of any real response…"); while a matter
// has one, it stays in view so nobody mistakes bracketed placeholders for confirmed facts. In the narrow
// matter form it is one line that opens to the full text.
import { useDesk } from './desk-store';

export function ExampleNotice({ compact = false }: { compact?: boolean }) {
  const notice = useDesk((s) => s.file?.matter.exampleNotice ?? '');
  if (!notice.trim()) return null;
  if (!compact) {
    return (
      <p className="example-notice" role="note" aria-label="Example matter">
        {notice}
      </p>
    );
  }
  return (
    <details className="example-notice">
      <summary>Example matter: not a real response. Read this before using it.</summary>
      <p>{notice}</p>
    </details>
  );
}
