// The Library view's table: every source with its title, kind, identifier, date, pages, when it was imported
// and the matters that use it. Column headings sort (again: the other way); each row opens, edits or removes
// its source.
import type { SourceKind } from '../../core/library/library-types';
import type { ListedSource, SourceColumn, SourceSort } from './source-order';

const COLUMNS: { column: SourceColumn; label: string }[] = [
  { column: 'title', label: 'Title' },
  { column: 'kind', label: 'Kind' },
  { column: 'identifier', label: 'Identifier' },
  { column: 'effectiveDate', label: 'Date' },
  { column: 'pageCount', label: 'Pages' },
  { column: 'importedAt', label: 'Imported' },
  { column: 'used', label: 'Used in' },
];

export const KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  policy: 'Policy',
  training: 'Training',
  communication: 'Communication',
  other: 'Other',
};

const day = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
};

interface SourceTableProps {
  sources: readonly ListedSource[];
  sort: SourceSort;
  onSort: (column: SourceColumn) => void;
  onOpen: (id: string) => void;
  onEdit: (id: string) => void;
  onRemove: (id: string) => void;
}

export function SourceTable({ sources, sort, onSort, onOpen, onEdit, onRemove }: SourceTableProps) {
  return (
    <table className="source-table" aria-label="Sources in the library">
      <thead>
        <tr>
          {COLUMNS.map(({ column, label }) => (
            <th
              key={column}
              scope="col"
              aria-sort={sort.column === column ? (sort.ascending ? 'ascending' : 'descending') : undefined}
            >
              <button type="button" className="sort-button" onClick={() => onSort(column)}>
                {label}
                <span aria-hidden="true">{sort.column === column ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sources.map((s) => (
          <tr key={s.id} id={`source-row-${s.id}`}>
            <td>
              <button type="button" className="link-button source-title" onClick={() => onOpen(s.id)}>
                {s.title}
              </button>
              <span className="source-file">{s.fileName}</span>
            </td>
            <td>{KIND_LABELS[s.kind] ?? s.kind}</td>
            <td>{s.identifier || '—'}</td>
            <td>{s.effectiveDate || '—'}</td>
            <td>{s.pageCount}</td>
            <td>{day(s.importedAt)}</td>
            <td>{s.usedIn.length > 0 ? s.usedIn.join('; ') : 'Not used'}</td>
            <td className="source-actions-cell">
              <button
                type="button"
                className="button button--small"
                aria-label={`Edit details of ${s.title}`}
                data-source-edit={s.id}
                onClick={() => onEdit(s.id)}
              >
                Edit
              </button>
              <button
                type="button"
                className="button button--danger-quiet button--small"
                aria-label={`Remove ${s.title}`}
                data-source-remove={s.id}
                onClick={() => onRemove(s.id)}
              >
                Remove
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
