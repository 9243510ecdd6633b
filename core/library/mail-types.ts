// What the library hands across the API about messages: their facts, their thread, their attachments and
// custodians, and the filters a reviewer narrows the library with.
import type { BatchProgress, ImportSummary, LibrarySource, SourceDetail, SourceKind } from './library-types';

export interface MailPerson {
  name: string;
  /** Lower-cased; empty when only a name is known. */
  address: string;
}

/** A message's facts as its source shows them. */
export interface MailFacts {
  messageId: string;
  from: MailPerson | null;
  to: MailPerson[];
  cc: MailPerson[];
  bcc: MailPerson[];
  /** The Date header as written, in the sender's time zone. */
  dateWritten: string;
  /** ISO 8601 UTC; empty when the message has no valid date. */
  sentAt: string;
  threadId: string;
  /** Its attachments in order, each a source of its own. */
  attachments: { sourceId: string; fileName: string; title: string }[];
}

/** A source as the viewer shows it: with its message facts (for a message), custodians and the messages it is attached to. */
export interface SourceView extends SourceDetail {
  mail?: MailFacts;
  custodians: string[];
  /** For an attachment: the messages that carry it. */
  attachedTo: { sourceId: string; title: string }[];
}

/** One message of a thread, in the order sent. */
export interface ThreadMessage {
  sourceId: string;
  title: string;
  from: string;
  dateWritten: string;
  sentAt: string;
  attachments: number;
}

/** Narrows the library; every field is optional and they combine (AND). */
export interface LibraryFilters {
  custodian?: string;
  /** Part of the sender's address or name. */
  sender?: string;
  /** Part of a recipient's (to, cc, bcc) address or name. */
  recipient?: string;
  /** YYYY-MM-DD, inclusive: the date sent for messages, the effective date for other sources. */
  dateFrom?: string;
  dateTo?: string;
  kind?: SourceKind;
}

/** A message or a whole thread with its attachments, in the order they go into the records: a family. */
export interface SourceFamily {
  members: {
    source: SourceDetail;
    /** The message it is attached to (its source id); empty for a message. */
    parentId: string;
    mail?: MailFacts;
  }[];
}

/** A background import: its progress while it runs, its summary once it has ended. */
export interface ImportJobStatus {
  jobId: string;
  progress: BatchProgress | null;
  summary: ImportSummary | null;
}

export type { LibrarySource };
