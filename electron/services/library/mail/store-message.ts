// The quick, synchronous half of importing a message: decide whether the library already holds it, store it
// with its attachments (each a source of its own, found again by SHA-256), its thread and its custodian.
// Call it inside a transaction; the caller batches many messages into one.
import { guessEffectiveDate, guessIdentifier, guessKind } from '../../../../core/library/guess-metadata';
import type { ImportOutcome, LibrarySource } from '../../../../core/library/library-types';
import type { LibraryDatabase } from '../library-database';
import type { MailAddress } from './mail-message';
import { subjectKey } from './message-document';
import type { PreparedAttachment, PreparedMessage } from './prepare-message';
import { ThreadIndex } from './threads';

/** The day a message was sent, in the sender's own time zone when the Date header gives one. */
export function sentDate(sentAt: string, dateWritten: string): string {
  if (!sentAt) return '';
  const zone = /([+-])(\d\d):?(\d\d)\s*(\([^)]*\))?\s*$/.exec(dateWritten);
  const offset = zone ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
  return new Date(Date.parse(sentAt) + offset * 60_000).toISOString().slice(0, 10);
}

const json = (value: unknown) => JSON.stringify(value);

export class MailStore {
  /** New attachment sources stored so far (the import's summary counts them). */
  attachmentsStored = 0;
  private readonly threads: ThreadIndex;
  private readonly statements;

  constructor(private readonly library: LibraryDatabase) {
    const db = library.connection;
    this.threads = new ThreadIndex(db);
    this.statements = {
      byMessageId: db.prepare(
        `SELECT m.source_id AS id, m.sent_at AS sentAt, m.from_json AS fromJson FROM mail m WHERE m.message_id = ?`,
      ),
      byContent: db.prepare('SELECT source_id AS id FROM mail WHERE content_hash = ? LIMIT 1'),
      mail: db.prepare(
        `INSERT INTO mail (source_id, message_id, content_hash, thread_id, subject_key, in_reply_to, date_written,
           sent_at, from_json, to_json, cc_json, bcc_json)
         VALUES (@id, @messageId, @contentHash, @thread, @subjectKey, @inReplyTo, @dateWritten, @sentAt, @from, @to, @cc, @bcc)`,
      ),
      reference: db.prepare('INSERT OR IGNORE INTO mail_references (source_id, message_id) VALUES (?, ?)'),
      address: db.prepare('INSERT INTO mail_addresses (source_id, role, address, name) VALUES (?, ?, ?, ?)'),
      attachment: db.prepare(
        `INSERT OR IGNORE INTO attachments (message_source_id, position, attachment_source_id, file_name)
         VALUES (?, ?, ?, ?)`,
      ),
      attachmentsOf: db.prepare(
        'SELECT attachment_source_id AS id FROM attachments WHERE message_source_id = ?',
      ),
      custodian: db.prepare('INSERT OR IGNORE INTO custodians (source_id, custodian) VALUES (?, ?)'),
    };
  }

  /** The message already in the library that this one is a copy of, if any. */
  private findCopy(
    prepared: PreparedMessage,
  ): { id: string; status: 'already-in-library' | 'duplicate' } | undefined {
    const same = this.library.findBySha256(prepared.sha256);
    if (same) return { id: same.id, status: 'already-in-library' };
    const { messageId, sentAt, from } = prepared.message;
    if (messageId) {
      // The same Message-ID is the same message when sender and time agree too (some mailers reuse IDs).
      const rows = this.statements.byMessageId.all(messageId) as {
        id: string;
        sentAt: string;
        fromJson: string;
      }[];
      const sender = from?.address ?? '';
      const match = rows.find(
        (r) =>
          r.sentAt === sentAt && ((JSON.parse(r.fromJson) as MailAddress | null)?.address ?? '') === sender,
      );
      if (match) return { id: match.id, status: 'duplicate' };
    }
    const byContent = this.statements.byContent.get(prepared.contentHash) as { id: string } | undefined;
    return byContent && { id: byContent.id, status: 'duplicate' };
  }

  /** Adds whose mailbox (or files) held a source, and its attachments with it. */
  addCustodian(sourceId: string, custodian: string, depth = 0): void {
    if (!custodian) return;
    this.statements.custodian.run(sourceId, custodian);
    if (depth > 5) return;
    for (const row of this.statements.attachmentsOf.all(sourceId) as { id: string }[])
      this.addCustodian(row.id, custodian, depth + 1);
  }

  private storeAttachment(attachment: PreparedAttachment, custodian: string): LibrarySource {
    if (attachment.message) {
      const stored = this.storeMessage(attachment.message, custodian);
      if (stored.status === 'imported') this.attachmentsStored++;
      return stored.source;
    }
    const existing = this.library.findBySha256(attachment.sha256);
    if (existing) {
      this.addCustodian(existing.id, custodian);
      return existing;
    }
    const doc = attachment.document!;
    const title = doc.title.trim() || attachment.fileName;
    const source = this.library.insert({
      title,
      kind: guessKind(title, doc.text, false),
      identifier: guessIdentifier(`${title}\n${doc.text}`),
      effectiveDate: guessEffectiveDate(doc.text),
      fileName: attachment.fileName,
      sha256: attachment.sha256,
      text: doc.text,
      pages: doc.pages,
      sections: doc.sections,
    });
    this.addCustodian(source.id, custodian);
    this.attachmentsStored++;
    return source;
  }

  /** Stores a prepared message, or names the copy already held (adding the custodian to it). */
  storeMessage(prepared: PreparedMessage, custodian: string): Extract<ImportOutcome, { source: unknown }> {
    const copy = this.findCopy(prepared);
    if (copy) {
      this.addCustodian(copy.id, custodian);
      const source = this.library.get(copy.id)!;
      return { status: copy.status, fileName: prepared.fileName, source };
    }
    const { message, document } = prepared;
    const source = this.library.insert({
      title: message.subject || '(no subject)',
      kind: 'communication',
      identifier: '',
      effectiveDate: sentDate(message.sentAt, message.dateWritten),
      fileName: prepared.fileName,
      sha256: prepared.sha256,
      text: document.text,
      pages: document.pages,
      sections: document.sections,
    });
    const linked = [...new Set([message.inReplyTo, ...message.references].filter(Boolean))];
    const key = subjectKey(message.subject);
    this.statements.mail.run({
      id: source.id,
      messageId: message.messageId,
      contentHash: prepared.contentHash,
      thread: this.threads.threadFor(message.messageId, linked, key, source.id),
      subjectKey: key,
      inReplyTo: message.inReplyTo,
      dateWritten: message.dateWritten,
      sentAt: message.sentAt,
      from: json(message.from ?? null),
      to: json(message.to),
      cc: json(message.cc),
      bcc: json(message.bcc),
    });
    for (const id of linked) this.statements.reference.run(source.id, id);
    const roles = [
      ['from', message.from ? [message.from] : []],
      ['to', message.to],
      ['cc', message.cc],
      ['bcc', message.bcc],
    ] as const;
    for (const [role, list] of roles)
      for (const a of list) this.statements.address.run(source.id, role, a.address, a.name.toLowerCase());
    this.addCustodian(source.id, custodian);
    prepared.attachments.forEach((attachment, position) => {
      const stored = this.storeAttachment(attachment, custodian);
      this.statements.attachment.run(source.id, position, stored.id, attachment.fileName);
    });
    return { status: 'imported', fileName: prepared.fileName, source };
  }
}
