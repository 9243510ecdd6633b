// The library's SQLite schema and its migrations. `schema_version` holds one row; each migration moves the
// file one version forward inside a transaction, so an interrupted upgrade leaves the old version intact.
import type Database from 'better-sqlite3';

export const LIBRARY_SCHEMA_VERSION = 1;

const migrations: Record<number, string> = {
  1: `
    CREATE TABLE sources (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('policy', 'training', 'communication', 'other')),
      identifier TEXT NOT NULL DEFAULT '',
      effective_date TEXT NOT NULL DEFAULT '',
      file_name TEXT NOT NULL,
      sha256 TEXT NOT NULL UNIQUE,
      page_count INTEGER NOT NULL,
      imported_at TEXT NOT NULL
    );
    CREATE TABLE source_text (
      source_id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
      text TEXT NOT NULL,
      pages_json TEXT NOT NULL,
      sections_json TEXT NOT NULL
    );
    -- One row per stretch of text that lies on one page and in one section, so a hit knows its pinpoint.
    CREATE VIRTUAL TABLE passages USING fts5(
      title, identifier, body,
      source_id UNINDEXED, page UNINDEXED, section UNINDEXED,
      tokenize = 'porter unicode61'
    );
  `,
};

/** Creates or upgrades the schema; refuses a library written by a newer Counsel Desk. */
export function migrate(db: Database.Database, fileName: string): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  const current = row?.version ?? 0;
  if (current > LIBRARY_SCHEMA_VERSION) {
    throw new Error(
      `The library ${fileName} was written by a newer Counsel Desk (schema ${current}); update the app to open it.`,
    );
  }
  for (let version = current + 1; version <= LIBRARY_SCHEMA_VERSION; version++) {
    db.transaction(() => {
      db.exec(migrations[version]!);
      db.prepare('DELETE FROM schema_version').run();
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(version);
    })();
  }
}
