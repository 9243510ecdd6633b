// The policy library on disk: one SQLite file (library.sqlite, WAL) in the user's data folder, holding each
// imported source, its text with page and section boundaries, and an FTS5 index of its passages.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type {
  LibrarySource,
  PageSpan,
  SearchHit,
  SectionSpan,
  SourceDetail,
  SourceKind,
  SourceUpdate,
} from '../../../core/library/library-types';
import { guardAgainstDamage } from './damage-guard';
import { makeLibraryPrivate } from './library-dir';
import { libraryOpenError } from './library-open-error';
import { migrate } from './library-schema';
import { searchPassages, type SourceFilter } from './passage-search';
import { toPassages } from './passages';

export type { SourceFilter };

export const LIBRARY_FILE_NAME = 'library.sqlite';

/** A source to add: the database gives it its id and import time, and counts its pages. */
export type NewSource = Omit<SourceDetail, 'id' | 'pageCount' | 'importedAt'>;

interface SourceRow {
  id: string;
  title: string;
  kind: SourceKind;
  identifier: string;
  effective_date: string;
  file_name: string;
  sha256: string;
  page_count: number;
  imported_at: string;
}

const toSource = (row: SourceRow): LibrarySource => ({
  id: row.id,
  title: row.title,
  kind: row.kind,
  identifier: row.identifier,
  effectiveDate: row.effective_date,
  fileName: row.file_name,
  sha256: row.sha256,
  pageCount: row.page_count,
  importedAt: row.imported_at,
});

export class LibraryDatabase {
  readonly file: string;
  private readonly db: Database.Database;

  private constructor(file: string) {
    this.file = file;
    this.db = new Database(file);
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('foreign_keys = ON');
      migrate(this.db, file);
    } catch (error) {
      this.db.close();
      throw error;
    }
  }

  /**
   * Opens (creating if needed) the library in `dir`. Throws a DeskError naming the path and what to do when
   * it cannot: `dir` is a file, library.sqlite is damaged, locked or not writable (library-open-error.ts).
   */
  static open(dir: string): LibraryDatabase {
    const file = path.join(dir, LIBRARY_FILE_NAME);
    try {
      makeLibraryPrivate(dir, LIBRARY_FILE_NAME); // folder 0700, database 0600 (library-dir.ts)
      mkdirSync(dir, { recursive: true });
      return guardAgainstDamage(new LibraryDatabase(file), dir, file);
    } catch (error) {
      throw libraryOpenError(dir, file, error);
    }
  }

  close(): void {
    this.db.close();
  }

  /** The open connection, for the stores that keep their own tables beside the sources (mail/). */
  get connection(): Database.Database {
    return this.db;
  }

  findBySha256(sha256: string): LibrarySource | undefined {
    const row = this.db.prepare('SELECT * FROM sources WHERE sha256 = ?').get(sha256) as
      SourceRow | undefined;
    return row && toSource(row);
  }

  /** Adds a source, its text and its passages in one transaction: all or nothing. */
  insert(source: NewSource): LibrarySource {
    const row: SourceRow = {
      id: randomUUID(),
      title: source.title,
      kind: source.kind,
      identifier: source.identifier,
      effective_date: source.effectiveDate,
      file_name: source.fileName,
      sha256: source.sha256,
      page_count: source.pages.length,
      imported_at: new Date().toISOString(),
    };
    const passages = toPassages(source.text, source.pages, source.sections);
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO sources (id, title, kind, identifier, effective_date, file_name, sha256, page_count, imported_at)
           VALUES (@id, @title, @kind, @identifier, @effective_date, @file_name, @sha256, @page_count, @imported_at)`,
        )
        .run(row);
      this.db
        .prepare('INSERT INTO source_text (source_id, text, pages_json, sections_json) VALUES (?, ?, ?, ?)')
        .run(row.id, source.text, JSON.stringify(source.pages), JSON.stringify(source.sections));
      const add = this.db.prepare(
        'INSERT INTO passages (title, identifier, body, source_id, page, section) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const p of passages) add.run(row.title, row.identifier, p.body, row.id, p.page, p.section);
    })();
    return toSource(row);
  }

  list(): LibrarySource[] {
    const rows = this.db.prepare('SELECT * FROM sources ORDER BY title COLLATE NOCASE, imported_at').all();
    return (rows as SourceRow[]).map(toSource);
  }

  get(id: string): SourceDetail | undefined {
    const row = this.db
      .prepare(
        `SELECT s.*, t.text, t.pages_json, t.sections_json FROM sources s JOIN source_text t ON t.source_id = s.id
         WHERE s.id = ?`,
      )
      .get(id) as (SourceRow & { text: string; pages_json: string; sections_json: string }) | undefined;
    if (!row) return undefined;
    return {
      ...toSource(row),
      text: row.text,
      pages: JSON.parse(row.pages_json) as PageSpan[],
      sections: JSON.parse(row.sections_json) as SectionSpan[],
    };
  }

  update(id: string, changes: SourceUpdate): LibrarySource | undefined {
    const current = this.db.prepare('SELECT * FROM sources WHERE id = ?').get(id) as SourceRow | undefined;
    if (!current) return undefined;
    const next: SourceRow = {
      ...current,
      title: changes.title ?? current.title,
      kind: changes.kind ?? current.kind,
      identifier: changes.identifier ?? current.identifier,
      effective_date: changes.effectiveDate ?? current.effective_date,
    };
    this.db.transaction(() => {
      this.db
        .prepare('UPDATE sources SET title = ?, kind = ?, identifier = ?, effective_date = ? WHERE id = ?')
        .run(next.title, next.kind, next.identifier, next.effective_date, id);
      this.db
        .prepare('UPDATE passages SET title = ?, identifier = ? WHERE source_id = ?')
        .run(next.title, next.identifier, id);
    })();
    return toSource(next);
  }

  remove(id: string): boolean {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM passages WHERE source_id = ?').run(id);
      return this.db.prepare('DELETE FROM sources WHERE id = ?').run(id).changes > 0;
    })();
  }

  /** Ranked passages (bm25; title and identifier weigh more than body text) with highlighted snippets. */
  search(query: string, limit = 20, filter?: SourceFilter): SearchHit[] {
    return searchPassages(this.db, query, limit, filter);
  }
}
