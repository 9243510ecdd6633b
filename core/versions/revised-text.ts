// Text marked as changed between two versions, as a compare shows it and a redline DOCX writes it: inserted,
// deleted, or the same words with other formatting (`from` holds the formatting it had before).
import type { FormattedText } from '../document/model';
import { isText } from '../document/model';

export interface Marks {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type RevisionKind = 'insert' | 'delete' | 'format';

export interface Revision {
  kind: RevisionKind;
  /** For a formatting change: the formatting the text had before. */
  from?: Marks;
  /** Set when a redline DOCX is written: one counter across the document, with the author and date shown. */
  id?: number;
  author?: string;
  date?: string;
}

export interface RevisedText extends FormattedText {
  revision?: Revision;
}

export const isRevisedText = (node: unknown): node is RevisedText & { revision: Revision } =>
  isText(node) && (node as RevisedText).revision !== undefined;

const MARK_BITS = { bold: 1, italic: 2, underline: 4 } as const;

export const marksToBits = (marks: Marks): number =>
  (marks.bold ? MARK_BITS.bold : 0) |
  (marks.italic ? MARK_BITS.italic : 0) |
  (marks.underline ? MARK_BITS.underline : 0);

/** Only the marks that are on, so two texts formatted alike compare equal. */
export const bitsToMarks = (bits: number): Marks => ({
  ...(bits & MARK_BITS.bold ? { bold: true } : {}),
  ...(bits & MARK_BITS.italic ? { italic: true } : {}),
  ...(bits & MARK_BITS.underline ? { underline: true } : {}),
});

/** "bold, italic" — what a formatting change took away or added, in words. */
export const marksInWords = (marks: Marks): string =>
  (['bold', 'italic', 'underline'] as const).filter((mark) => marks[mark]).join(', ') || 'plain';
