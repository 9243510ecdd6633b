// What the policy library hands across the API: sources, their text with page and section boundaries, and
// search hits. Plain data, shared by the Node-side library, the handlers and the renderer.

export const SOURCE_KINDS = ['policy', 'training', 'communication', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One imported file as the library lists it. */
export interface LibrarySource {
  id: string;
  title: string;
  kind: SourceKind;
  /** e.g. "General Order 301.00"; empty when none was found. */
  identifier: string;
  /** YYYY-MM-DD or empty. */
  effectiveDate: string;
  fileName: string;
  sha256: string;
  pageCount: number;
  importedAt: string;
}

/** A page of the source: character offsets into the full text (end exclusive). */
export interface PageSpan {
  page: number;
  start: number;
  end: number;
  /** True when the file does not record where its pages break and the page was counted from its layout. */
  estimated?: boolean;
}

/** A section started by a heading; it runs to the next heading of the same or a higher level. */
export interface SectionSpan {
  /** The heading as written, e.g. "3.2 Use of Force Reporting". */
  title: string;
  level: number;
  start: number;
  end: number;
}

/** A source with its text, for the viewer and for excerpt checks. */
export interface SourceDetail extends LibrarySource {
  text: string;
  pages: PageSpan[];
  sections: SectionSpan[];
}

export interface SearchHit {
  sourceId: string;
  title: string;
  identifier: string;
  kind: SourceKind;
  page: number;
  /** The heading of the section the hit is in, or empty. */
  section: string;
  /** Text around the match; matched words are wrapped in «» so any front end can highlight them safely. */
  snippet: string;
  /** bm25 score: lower is better. */
  score: number;
}

export const HIGHLIGHT_OPEN = '\u00ab';
export const HIGHLIGHT_CLOSE = '\u00bb';

/**
 * The outcome of importing one file or one message. `already-in-library`: the same bytes were imported
 * before; `duplicate`: the same message (Message-ID, or normalized content) is held already, perhaps from
 * another custodian's mailbox, who is added to it.
 */
export type ImportOutcome =
  | {
      status: 'imported' | 'already-in-library' | 'duplicate';
      fileName: string;
      source: LibrarySource;
      /** Attachments kept without text, named with the reason. */
      warnings?: string[];
    }
  | { status: 'failed'; fileName: string; message: string };

/** Progress of an import of many files, folders or mailboxes. */
export interface BatchProgress {
  /** Files and messages finished so far. */
  done: number;
  /** What is being read now, e.g. "inbox.mbox, message 37". */
  current: string;
  bytesDone: number;
  bytesTotal: number;
  elapsedMs: number;
  /** Estimated from the bytes read so far; -1 until there is enough to tell. */
  remainingMs: number;
}

/** What an import did, once it ends (or is cancelled). */
export interface ImportSummary {
  imported: number;
  /** Held already: the same file, or the same message from another copy or custodian. */
  duplicates: number;
  /** Attachments stored as sources of their own (new ones only). */
  attachments: number;
  failed: { item: string; message: string }[];
  /** Attachments kept without text, and similar notes that stopped nothing. */
  warnings: string[];
  /** Files of other kinds met in folders and left alone. */
  skipped: number;
  cancelled: boolean;
  elapsedMs: number;
}

export interface ImportProgress {
  fileName: string;
  fileIndex: number;
  fileCount: number;
  /** Pages read so far in this file, and its page total when known (0 when unknown). */
  page: number;
  pageCount: number;
}

/** Fields a user can correct after import. */
export interface SourceUpdate {
  title?: string;
  kind?: SourceKind;
  identifier?: string;
  effectiveDate?: string;
}
