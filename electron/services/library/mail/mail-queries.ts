// Reads mail back out of the library: a source with its message facts, custodians and attachments; the
// messages of its thread in the order sent; and the family (message or thread plus attachments) that goes
// into the matter's records together.
import type {
  MailFacts,
  MailPerson,
  SourceFamily,
  SourceView,
  ThreadMessage,
} from '../../../../core/library/mail-types';
import type { LibraryDatabase } from '../library-database';
import { formatAddress } from './mail-message';

interface MailRow {
  message_id: string;
  thread_id: string;
  date_written: string;
  sent_at: string;
  from_json: string;
  to_json: string;
  cc_json: string;
  bcc_json: string;
}

export class MailQueries {
  private readonly statements;

  constructor(private readonly library: LibraryDatabase) {
    const db = library.connection;
    this.statements = {
      mail: db.prepare('SELECT * FROM mail WHERE source_id = ?'),
      attachments: db.prepare(
        `SELECT a.attachment_source_id AS sourceId, a.file_name AS fileName, s.title FROM attachments a
         JOIN sources s ON s.id = a.attachment_source_id WHERE a.message_source_id = ? ORDER BY a.position`,
      ),
      attachedTo: db.prepare(
        `SELECT DISTINCT a.message_source_id AS sourceId, s.title FROM attachments a
         JOIN sources s ON s.id = a.message_source_id WHERE a.attachment_source_id = ? ORDER BY s.title`,
      ),
      custodians: db.prepare('SELECT custodian FROM custodians WHERE source_id = ? ORDER BY custodian'),
      allCustodians: db.prepare(
        'SELECT DISTINCT custodian FROM custodians ORDER BY custodian COLLATE NOCASE',
      ),
      thread: db.prepare(
        `SELECT m.source_id AS sourceId, s.title, m.from_json AS fromJson, m.date_written AS dateWritten,
                m.sent_at AS sentAt, (SELECT COUNT(*) FROM attachments a WHERE a.message_source_id = m.source_id) AS attachments
         FROM mail m JOIN sources s ON s.id = m.source_id WHERE m.thread_id = ? ORDER BY m.sent_at, s.imported_at`,
      ),
    };
  }

  facts(sourceId: string): MailFacts | undefined {
    const row = this.statements.mail.get(sourceId) as MailRow | undefined;
    if (!row) return undefined;
    return {
      messageId: row.message_id,
      from: JSON.parse(row.from_json) as MailPerson | null,
      to: JSON.parse(row.to_json) as MailPerson[],
      cc: JSON.parse(row.cc_json) as MailPerson[],
      bcc: JSON.parse(row.bcc_json) as MailPerson[],
      dateWritten: row.date_written,
      sentAt: row.sent_at,
      threadId: row.thread_id,
      attachments: this.statements.attachments.all(sourceId) as MailFacts['attachments'],
    };
  }

  custodians(): string[] {
    return (this.statements.allCustodians.all() as { custodian: string }[]).map((r) => r.custodian);
  }

  /** A source for the viewer; undefined when it is not in the library. */
  view(sourceId: string): SourceView | undefined {
    const source = this.library.get(sourceId);
    if (!source) return undefined;
    const custodians = (this.statements.custodians.all(sourceId) as { custodian: string }[]).map(
      (r) => r.custodian,
    );
    const attachedTo = this.statements.attachedTo.all(sourceId) as SourceView['attachedTo'];
    const mail = this.facts(sourceId);
    return { ...source, ...(mail ? { mail } : {}), custodians, attachedTo };
  }

  /** The messages of the thread a message belongs to, in the order sent; empty for a source that is no message. */
  thread(sourceId: string): ThreadMessage[] {
    const facts = this.facts(sourceId);
    if (!facts) return [];
    return (
      this.statements.thread.all(facts.threadId) as (Omit<ThreadMessage, 'from'> & { fromJson: string })[]
    ).map(({ fromJson, ...row }) => {
      const from = JSON.parse(fromJson) as MailPerson | null;
      return { ...row, from: from ? formatAddress(from) : '' };
    });
  }

  /** The message (or its whole thread) followed by each message's attachments: one family for the records. */
  family(sourceId: string, wholeThread: boolean): SourceFamily | undefined {
    const facts = this.facts(sourceId);
    if (!facts) return undefined;
    const messages = wholeThread ? this.thread(sourceId).map((m) => m.sourceId) : [sourceId];
    const members: SourceFamily['members'] = [];
    const seen = new Set<string>();
    const add = (id: string, parentId: string) => {
      const source = this.library.get(id);
      if (!source || seen.has(id)) return;
      seen.add(id);
      const mail = this.facts(id);
      members.push({ source, parentId, ...(mail ? { mail } : {}) });
      for (const attachment of mail?.attachments ?? []) add(attachment.sourceId, id);
    };
    for (const id of messages) add(id, '');
    return { members };
  }
}
