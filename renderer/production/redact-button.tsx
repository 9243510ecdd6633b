// "Redact…" on a record of the records list: opens the record's text to redact passages and lists its
// redactions.
import { showProductionDialog } from './production-state';

export function RedactButton({ recordId, name, count }: { recordId: string; name: string; count: number }) {
  return (
    <button
      type="button"
      className="button button--small"
      aria-label={`Redact ${name}`}
      title="Black out passages of this record when it is produced, each with its reason"
      onClick={() => showProductionDialog({ kind: 'redact', recordId })}
    >
      Redact…{count > 0 ? ` (${count})` : ''}
    </button>
  );
}
