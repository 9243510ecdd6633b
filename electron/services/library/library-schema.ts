// The library's SQLite schema and its migrations. `schema_version` holds one row; each migration moves the
// file one version forward inside a transaction, so an interrupted upgrade leaves the old version intact.
import type Database from 'better-sqlite3';

export const LIBRARY_SCHEMA_VERSION = 2;

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
  // Mail (issue 14): a message's facts beside its source, the Message-IDs it answers, its attachments (each a
  // source of its own, shared by every message that carries the same file) and whose mailboxes held it.
  2: `
    CREATE TABLE mail (
      source_id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
      message_id TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      thread_id TEXT NOT NULL,
      subject_key TEXT NOT NULL,
      in_reply_to TEXT NOT NULL,
      date_written TEXT NOT NULL,
      sent_at TEXT NOT NULL,
      from_json TEXT NOT NULL,
      to_json TEXT NOT NULL,
      cc_json TEXT NOT NULL,
      bcc_json TEXT NOT NULL
    );
    CREATE INDEX mail_by_message_id ON mail(message_id);
    CREATE INDEX mail_by_content_hash ON mail(content_hash);
    CREATE INDEX mail_by_thread ON mail(thread_id, sent_at);
    CREATE INDEX mail_by_subject ON mail(subject_key);
    CREATE INDEX mail_by_sent_at ON mail(sent_at);
    CREATE TABLE mail_references (
      source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      message_id TEXT NOT NULL,
      PRIMARY KEY (source_id, message_id)
    );
    CREATE INDEX mail_references_by_id ON mail_references(message_id);
    -- Sender and recipients one per row (role from, to, cc, bcc), for the library's filters.
    CREATE TABLE mail_addresses (
      source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      role TEXT NOT NULL CHECK (role IN ('from', 'to', 'cc', 'bcc')),
      address TEXT NOT NULL,
      name TEXT NOT NULL
    );
    CREATE INDEX mail_addresses_by_address ON mail_addresses(address, role);
    CREATE INDEX mail_addresses_by_source ON mail_addresses(source_id);
    CREATE TABLE attachments (
      message_source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      attachment_source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      file_name TEXT NOT NULL,
      PRIMARY KEY (message_source_id, position)
    );
    CREATE INDEX attachments_by_attachment ON attachments(attachment_source_id);
    CREATE TABLE custodians (
      source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      custodian TEXT NOT NULL,
      PRIMARY KEY (source_id, custodian)
    );
    CREATE INDEX custodians_by_name ON custodians(custodian COLLATE NOCASE);
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
