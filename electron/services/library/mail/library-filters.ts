// The library's filters (custodian, sender, recipient, date range, kind) as a condition on the sources
// table, for full-text search and for listing what matches when no words are given. Dates are the date a
// message was sent, or another source's effective date.
import type { LibraryFilters } from '../../../../core/library/mail-types';
import type { SearchHit } from '../../../../core/library/library-types';
import type { LibraryDatabase, SourceFilter } from '../library-database';

const like = (text: string) =>
  `%${text
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function sourceFilter(filters: LibraryFilters): SourceFilter {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (filters.custodian?.trim()) {
    parts.push('s.id IN (SELECT source_id FROM custodians WHERE custodian = ? COLLATE NOCASE)');
    params.push(filters.custodian.trim());
  }
  const person = (roles: string, text: string) => {
    parts.push(
      `s.id IN (SELECT source_id FROM mail_addresses WHERE role IN (${roles})
        AND (address LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'))`,
    );
    params.push(like(text), like(text));
  };
  if (filters.sender?.trim()) person(`'from'`, filters.sender);
  if (filters.recipient?.trim()) person(`'to', 'cc', 'bcc'`, filters.recipient);
  if (filters.dateFrom) {
    parts.push(`s.effective_date <> '' AND s.effective_date >= ?`);
    params.push(filters.dateFrom);
  }
  if (filters.dateTo) {
    parts.push(`s.effective_date <> '' AND s.effective_date <= ?`);
    params.push(filters.dateTo);
  }
  if (filters.kind) {
    parts.push('s.kind = ?');
    params.push(filters.kind);
  }
  return { sql: parts.join(' AND '), params };
}

export const hasFilters = (filters: LibraryFilters | undefined): filters is LibraryFilters =>
  Boolean(filters && sourceFilter(filters).sql);

/**
 * Searches with the filters; without words, lists the sources that match them (newest first), each as a
 * hit on its first page whose snippet is the start of its text.
 */
export function filteredSearch(
  library: LibraryDatabase,
  query: string,
  filters: LibraryFilters,
  limit: number,
): SearchHit[] {
  const filter = sourceFilter(filters);
  if (query.trim()) return library.search(query, limit, filter);
  if (!filter.sql) return [];
  return library.connection
    .prepare(
      `SELECT s.id AS sourceId, s.title, s.identifier, s.kind, 1 AS page, '' AS section,
              substr(t.text, 1, 200) AS snippet, 0 AS score
       FROM sources s JOIN source_text t ON t.source_id = s.id
       WHERE ${filter.sql} ORDER BY s.effective_date DESC, s.title COLLATE NOCASE LIMIT ?`,
    )
    .all(...filter.params, Math.max(1, Math.min(limit, 200))) as SearchHit[];
}
