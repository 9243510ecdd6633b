// What a finished production wrote: the volume's folder (and zip), its files, the pages produced as images
// because of redactions, notes, and that the matter was saved with it recorded.
import type { ProduceResult } from '../../core/api/production-requests';

const baseName = (path: string) => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

const range = (first: string, last: string) =>
  !first ? '' : first === last ? `, ${first}` : `, ${first} – ${last}`;

export function ProductionResult({ result }: { result: ProduceResult }) {
  const p = result.production;
  const records = p.recordIds.length;
  return (
    <div className="production-result">
      <p role="status">
        {p.volume} is written: {records} record{records === 1 ? '' : 's'}, {p.pages} page
        {p.pages === 1 ? '' : 's'}
        {range(p.batesFirst, p.batesLast)}; {p.withheldIds.length} withheld in full, in the privilege log.
      </p>
      <dl className="production-facts">
        <dt>Folder</dt>
        <dd className="production-path">{result.folder}</dd>
        {result.zip && (
          <>
            <dt>Zip</dt>
            <dd className="production-path">{result.zip}</dd>
          </>
        )}
        <dt>Saved in</dt>
        <dd>
          {baseName(result.path)}, with the production recorded; the next one continues after{' '}
          {p.batesLast || 'the last number used'}.
        </dd>
      </dl>
      {result.imagePages.length > 0 && (
        <section aria-labelledby="production-images-heading">
          <h3 id="production-images-heading" className="production-subheading">
            Pages produced as images because of redactions
          </h3>
          <p className="form-help">Their text cannot be searched or copied; the redactions are burned in.</p>
          <ul className="production-list">
            {result.imagePages.map((page) => (
              <li key={page.name}>
                {page.name}: {page.labels.join(', ')}
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.notes.length > 0 && (
        <section aria-labelledby="production-notes-heading">
          <h3 id="production-notes-heading" className="production-subheading">
            Notes
          </h3>
          <ul className="production-list">
            {result.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      )}
      <details className="production-files">
        <summary>Files written ({result.files.length})</summary>
        <ul className="production-list">
          {result.files.map((file) => (
            <li key={file} className="production-path">
              {file}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
