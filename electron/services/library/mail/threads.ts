// Puts a new message into its conversation: the thread of a message it answers or that answers it
// (Message-ID, In-Reply-To, References, in either order of arrival, merging threads a message links), else
// the thread of a message with the same subject once "Re:" and "Fw:" are taken off, else a thread of its own.
import type Database from 'better-sqlite3';

export class ThreadIndex {
  private readonly parents;
  private readonly children;
  private readonly siblings;
  private readonly bySubject;
  private readonly merge;

  constructor(db: Database.Database) {
    this.parents = db.prepare(
      `SELECT DISTINCT thread_id AS thread FROM mail WHERE message_id <> '' AND message_id IN (SELECT value FROM json_each(?))`,
    );
    this.children = db.prepare(
      `SELECT DISTINCT m.thread_id AS thread FROM mail_references r JOIN mail m ON m.source_id = r.source_id
       WHERE r.message_id = ?`,
    );
    this.siblings = db.prepare(
      `SELECT DISTINCT m.thread_id AS thread FROM mail_references r JOIN mail m ON m.source_id = r.source_id
       WHERE r.message_id IN (SELECT value FROM json_each(?))`,
    );
    this.bySubject = db.prepare(
      `SELECT thread_id AS thread FROM mail WHERE subject_key = ? ORDER BY sent_at LIMIT 1`,
    );
    this.merge = db.prepare('UPDATE mail SET thread_id = ? WHERE thread_id = ?');
  }

  /** The thread for a message about to be stored; `fallback` starts a new one. */
  threadFor(messageId: string, linked: string[], subjectKey: string, fallback: string): string {
    const ids = JSON.stringify(linked);
    const found = new Set<string>();
    const collect = (rows: unknown[]) => rows.forEach((r) => found.add((r as { thread: string }).thread));
    if (linked.length > 0) {
      collect(this.parents.all(ids));
      collect(this.siblings.all(ids));
    }
    if (messageId) collect(this.children.all(messageId));
    if (found.size === 0) {
      const bySubject = subjectKey
        ? (this.bySubject.get(subjectKey) as { thread: string } | undefined)
        : undefined;
      return bySubject?.thread ?? fallback;
    }
    const [thread, ...others] = [...found].sort();
    for (const other of others) this.merge.run(thread!, other);
    return thread!;
  }
}
