// "Check against the library": compares every excerpt in the matter with its source (hash and text) and
// lists the ones whose source changed or is gone, so a drifted quotation is caught before export.
import { useState } from 'react';
import type { ExcerptCheck } from '../../core/excerpts/excerpt-check';
import { desk } from '../api/desk-client';
import { store, useDesk } from '../app/desk-store';

const NONE: never[] = [];

export function ExcerptCheckButton() {
  const excerpts = useDesk((s) => s.file?.excerpts ?? NONE);
  const [checks, setChecks] = useState<ExcerptCheck[] | null>(null);
  const run = async () => {
    const result = await desk().checkExcerpts({ excerpts });
    if (result.ok) setChecks(result.value);
    else store.alert(result.error);
  };
  const flagged = (checks ?? []).filter((c) => c.status !== 'ok');
  return (
    <div className="excerpt-check">
      <button
        type="button"
        className="button button--small"
        disabled={excerpts.length === 0}
        onClick={() => void run()}
      >
        Check excerpts against the library
      </button>
      <div role="status">
        {checks &&
          (flagged.length === 0 ? (
            <p className="form-help">All {checks.length} excerpts match their sources.</p>
          ) : (
            <ul className="excerpt-flags" aria-label="Excerpts to review">
              {flagged.map((c) => {
                const excerpt = excerpts.find((e) => e.id === c.excerptId);
                return (
                  <li key={c.excerptId}>
                    <strong>{c.status === 'missing' ? 'Missing source' : 'Changed source'}:</strong>{' '}
                    {excerpt ? `“${excerpt.text.slice(0, 80)}${excerpt.text.length > 80 ? '…' : ''}” ` : ''}
                    {c.message}
                  </li>
                );
              })}
            </ul>
          ))}
      </div>
    </div>
  );
}
