// A source's title, kind, identifier and effective date, correctable in place (library:update).
import { useState } from 'react';
import { SOURCE_KINDS, type SourceDetail, type SourceKind } from '../../core/library/library-types';
import { pageCountLabel, pageNumbersNote } from '../../core/library/page-note';
import { desk } from '../api/desk-client';
import { store } from '../app/desk-store';

export function SourceDetails({
  source,
  onChange,
}: {
  source: SourceDetail;
  onChange: (s: SourceDetail) => void;
}) {
  const [draft, setDraft] = useState({
    title: source.title,
    identifier: source.identifier,
    kind: source.kind,
    effectiveDate: source.effectiveDate,
  });
  const [key, setKey] = useState(source.id);
  if (key !== source.id) {
    setKey(source.id);
    setDraft({
      title: source.title,
      identifier: source.identifier,
      kind: source.kind,
      effectiveDate: source.effectiveDate,
    });
  }
  const save = async () => {
    const result = await desk().updateLibrarySource({ id: source.id, ...draft });
    if (result.ok) onChange({ ...source, ...result.value });
    else store.alert(result.error);
  };
  return (
    <details className="source-details">
      <summary>
        {source.fileName} · {pageCountLabel(source.pageCount, source.pages)} · {source.kind}
        {source.identifier ? ` · ${source.identifier}` : ''}
      </summary>
      {pageNumbersNote(source.pages) && <p className="source-page-note">{pageNumbersNote(source.pages)}</p>}
      <label className="field-label">
        Title{' '}
        <input
          type="text"
          value={draft.title}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        />
      </label>
      <label className="field-label">
        Identifier{' '}
        <input
          type="text"
          value={draft.identifier}
          onChange={(e) => setDraft({ ...draft, identifier: e.target.value })}
        />
      </label>
      <label className="field-label">
        Kind
        <select
          value={draft.kind}
          onChange={(e) => setDraft({ ...draft, kind: e.target.value as SourceKind })}
        >
          {SOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label className="field-label">
        Effective date{' '}
        <input
          type="date"
          value={draft.effectiveDate}
          onChange={(e) => setDraft({ ...draft, effectiveDate: e.target.value })}
        />
      </label>
      <button type="button" className="button button--small" onClick={() => void save()}>
        Save details
      </button>
    </details>
  );
}
