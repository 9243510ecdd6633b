// The library's filters beside the search words: whose mailbox (custodian), sender, recipient, the dates
// sent (or effective), and the kind of source. They combine; set alone, they list what matches.
import { useEffect, useId, useState } from 'react';
import { SOURCE_KINDS, type SourceKind } from '../../core/library/library-types';
import type { LibraryFilters } from '../../core/library/mail-types';
import { desk } from '../api/desk-client';

export const activeFilters = (filters: LibraryFilters): number =>
  Object.values(filters).filter((v) => typeof v === 'string' && v.trim() !== '').length;

export function LibraryFilterFields({
  value,
  onChange,
  refreshKey,
}: {
  value: LibraryFilters;
  onChange: (filters: LibraryFilters) => void;
  /** Changes after an import, so the custodians offered are read again. */
  refreshKey: number;
}) {
  const [custodians, setCustodians] = useState<string[]>([]);
  const id = useId();
  useEffect(() => {
    void desk()
      .listCustodians()
      .then((result) => result.ok && setCustodians(result.value));
  }, [refreshKey]);
  const set = (patch: Partial<LibraryFilters>) => onChange({ ...value, ...patch });
  const count = activeFilters(value);
  const text = (key: 'sender' | 'recipient', label: string, placeholder: string) => (
    <>
      <label htmlFor={`${id}-${key}`} className="field-label">
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        type="text"
        value={value[key] ?? ''}
        placeholder={placeholder}
        onChange={(e) => set({ [key]: e.target.value })}
      />
    </>
  );
  return (
    <details className="library-filters" open={count > 0 || undefined}>
      <summary>Filters{count > 0 ? ` (${count} on)` : ''}</summary>
      <label htmlFor={`${id}-custodian`} className="field-label">
        Custodian
      </label>
      <select
        id={`${id}-custodian`}
        value={value.custodian ?? ''}
        onChange={(e) => set({ custodian: e.target.value })}
      >
        <option value="">Anyone</option>
        {custodians.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      {text('sender', 'Sender', 'name or address')}
      {text('recipient', 'Recipient (to, cc or bcc)', 'name or address')}
      <div className="filter-dates">
        <label className="field-label">
          Sent from{' '}
          <input
            type="date"
            value={value.dateFrom ?? ''}
            onChange={(e) => set({ dateFrom: e.target.value })}
          />
        </label>
        <label className="field-label">
          to{' '}
          <input type="date" value={value.dateTo ?? ''} onChange={(e) => set({ dateTo: e.target.value })} />
        </label>
      </div>
      <label htmlFor={`${id}-kind`} className="field-label">
        Kind
      </label>
      <select
        id={`${id}-kind`}
        value={value.kind ?? ''}
        onChange={(e) => set({ kind: (e.target.value || undefined) as SourceKind | undefined })}
      >
        <option value="">Any kind</option>
        {SOURCE_KINDS.map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
      {count > 0 && (
        <button type="button" className="button button--small button--quiet" onClick={() => onChange({})}>
          Clear filters
        </button>
      )}
    </details>
  );
}
