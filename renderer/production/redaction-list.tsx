// The redactions that black out parts of a record: its own (a phrase, or a box drawn on a page) and the
// phrases redacted across the production that occur in it, each with its reason and Remove.
import type { Redaction } from '../../core/production/redaction';

export interface ListedRedaction {
  redaction: Redaction;
  /** Redacted in every record of the production, not only this one. */
  everywhere: boolean;
}

const what = (r: Redaction) => (r.kind === 'phrase' ? `“${r.phrase}”` : `a box on page ${r.page}`);

export function RedactionList({
  items,
  onRemove,
}: {
  items: ListedRedaction[];
  onRemove: (id: string) => void;
}) {
  return (
    <section aria-labelledby="text-redaction-list-heading" className="text-redaction-list">
      <h3 id="text-redaction-list-heading" className="production-subheading">
        Redactions <span className="list-count">{items.length}</span>
      </h3>
      {items.length === 0 ? (
        <p className="form-help">Nothing in this record is redacted.</p>
      ) : (
        <ul className="production-list">
          {items.map(({ redaction, everywhere }) => (
            <li key={redaction.id} className="text-redaction-item">
              <span>
                {what(redaction)}
                {everywhere ? ' (in every record produced)' : ''} — {redaction.reason}
              </span>
              <button
                type="button"
                className="button button--danger-quiet button--small"
                aria-label={`Remove the redaction of ${what(redaction)}`}
                onClick={() => onRemove(redaction.id)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
