// What the next volume holds, as the Produce dialog shows it before anything is written: the Bates numbers it
// will use, what is produced and withheld, the records with redactions and the records that need a look.
import type { ProductionPreview } from '../../core/production/production-preview';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function ProductionPlan({ preview }: { preview: ProductionPreview }) {
  const range = preview.batesFirst
    ? preview.batesFirst === preview.batesLast
      ? preview.batesFirst
      : `${preview.batesFirst} – ${preview.batesLast}`
    : 'none (nothing is stamped)';
  return (
    <div className="production-plan">
      <dl className="production-facts">
        <dt>Volume</dt>
        <dd>{preview.volume}</dd>
        <dt>Bates numbers</dt>
        <dd>
          {range}
          {preview.pages > 0 && (
            <span className="production-muted">
              {' '}
              ({preview.estimated ? 'about ' : ''}
              {count(preview.pages, 'page')})
            </span>
          )}
        </dd>
        <dt>Produced</dt>
        <dd>
          {count(preview.produced.length, 'record')}
          {preview.redacted.length > 0 && `, ${preview.redacted.length} with redactions`}
          {preview.keptNumbers > 0 && `, ${preview.keptNumbers} under the numbers they went out with`}
        </dd>
        <dt>Withheld in full</dt>
        <dd>{count(preview.withheld.length, 'record')}, listed in the privilege log</dd>
      </dl>
      {preview.estimated && (
        <p className="form-help">
          Some records have not been printed to pages yet, so the last number is an estimate; the result gives
          the numbers stamped.
        </p>
      )}
      {preview.redacted.length > 0 && (
        <section aria-labelledby="production-redacted-heading">
          <h3 id="production-redacted-heading" className="production-subheading">
            Records with redactions
          </h3>
          <ul className="production-list">
            {preview.redacted.map((r) => (
              <li key={r.id}>
                {r.name} — {count(r.redactions, 'redaction')}
              </li>
            ))}
          </ul>
        </section>
      )}
      {preview.review.length > 0 && (
        <section aria-labelledby="production-review-heading">
          <h3 id="production-review-heading" className="production-subheading">
            Needs a look before producing
          </h3>
          <ul className="production-list production-list--review">
            {preview.review.map((r) => (
              <li key={`${r.id}-${r.why}`}>
                {r.name}: {r.why}
              </li>
            ))}
          </ul>
        </section>
      )}
      {preview.blockers.length > 0 && (
        <div role="alert" className="production-problem">
          {preview.blockers.map((b) => (
            <p key={b}>{b}</p>
          ))}
        </div>
      )}
    </div>
  );
}
