// Full-text search over the library's passages: ranked by bm25 (title and identifier weigh more than body
// text), optionally narrowed by a condition on the sources, with a highlighted snippet per hit. The ranking
// query computes no snippets: SQLite would build one for every matching passage before keeping the best
// few, which on a library of 100,000 messages costs more than the ranking itself. Snippets are made for
// the hits kept, one lookup each.
import type Database from 'better-sqlite3';
import type { SearchHit } from '../../../core/library/library-types';
import { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN } from '../../../core/library/library-types';
import { toFtsQueries } from './search-query';

/** A condition on the sources table (aliased `s`) with its parameters, e.g. from mail/library-filters. */
export interface SourceFilter {
  sql: string;
  params: unknown[];
}

export function searchPassages(
  db: Database.Database,
  query: string,
  limit: number,
  filter: SourceFilter = { sql: '', params: [] },
): SearchHit[] {
  const fts = toFtsQueries(query);
  if (!fts) return [];
  const ranked = db.prepare(
    `SELECT passages.rowid AS passage, bm25(passages, 4.0, 4.0, 1.0) AS score FROM passages
     ${filter.sql ? `JOIN sources s ON s.id = passages.source_id` : ''}
     WHERE passages MATCH ? ${filter.sql ? `AND ${filter.sql}` : ''} ORDER BY score LIMIT ?`,
  );
  const hit = db.prepare(
    `SELECT passages.source_id AS sourceId, passages.title, passages.identifier, s.kind, passages.page,
            passages.section, snippet(passages, 2, ?, ?, '…', 24) AS snippet
     FROM passages JOIN sources s ON s.id = passages.source_id
     WHERE passages MATCH ? AND passages.rowid >= ? AND passages.rowid <= ?`,
  );
  const run = (match: string): SearchHit[] => {
    const best = ranked.all(match, ...filter.params, Math.max(1, Math.min(limit, 200))) as {
      passage: number;
      score: number;
    }[];
    return best.flatMap(({ passage, score }) => {
      // A range, not `rowid = ?`: with MATCH, FTS5 (SQLite 3.53) answers an equality with the first match.
      const found = hit.get(HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE, match, passage, passage) as
        Omit<SearchHit, 'score'> | undefined;
      return found ? [{ ...found, score }] : [];
    });
  };
  const hits = run(fts.all);
  return hits.length > 0 ? hits : run(fts.any);
}
