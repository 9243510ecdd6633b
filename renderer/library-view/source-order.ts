// Sorting and filtering the Library view's table of sources: by any column, either way, and by words found
// in the title, identifier or file name, and by kind.
import type { LibrarySource, SourceKind } from '../../core/library/library-types';

export type SourceColumn =
  'title' | 'kind' | 'identifier' | 'effectiveDate' | 'pageCount' | 'importedAt' | 'used';

export interface SourceSort {
  column: SourceColumn;
  ascending: boolean;
}

export interface SourceFilter {
  words: string;
  kind: SourceKind | '';
}

/** A source with the matters that use it (their names), as the table lists it. */
export interface ListedSource extends LibrarySource {
  usedIn: string[];
}

const text = (s: ListedSource, column: SourceColumn): string | number => {
  switch (column) {
    case 'pageCount':
      return s.pageCount;
    case 'used':
      return s.usedIn.length;
    default:
      return s[column];
  }
};

function compare(a: ListedSource, b: ListedSource, column: SourceColumn): number {
  const x = text(a, column);
  const y = text(b, column);
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  // Empty values (no identifier, no date) go last whichever way the column is sorted.
  if (x === '' && y !== '') return 1;
  if (y === '' && x !== '') return -1;
  return String(x).localeCompare(String(y), undefined, { numeric: true, sensitivity: 'base' });
}

export function orderSources(
  sources: readonly ListedSource[],
  sort: SourceSort,
  filter: SourceFilter,
): ListedSource[] {
  const words = filter.words.toLowerCase().split(/\s+/).filter(Boolean);
  const kept = sources.filter((s) => {
    if (filter.kind && s.kind !== filter.kind) return false;
    const haystack = `${s.title} ${s.identifier} ${s.fileName}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
  const sign = sort.ascending ? 1 : -1;
  return kept.sort((a, b) => {
    const empties = compare(a, b, sort.column);
    const either = text(a, sort.column) === '' || text(b, sort.column) === '';
    const primary = either ? empties : sign * empties;
    return primary || a.title.localeCompare(b.title, undefined, { sensitivity: 'base' });
  });
}
