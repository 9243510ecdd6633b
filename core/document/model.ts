// The document model: Slate-compatible JSON that templates render into, the editor edits and the DOCX
// exporter reads. Plain data only, so it crosses process boundaries and sits in matter files unchanged.

export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface FormattedText {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** A value that comes from the matter. It stays linked: the editor refreshes `value` when the matter changes. */
export interface FieldNode {
  type: 'field';
  /** Dotted path into the matter, e.g. `inquiry.requests.2.text`. */
  path: string;
  /** Plain-words name of the field, shown on hover and in placeholders. */
  label: string;
  /** The text shown (already formatted, e.g. "March 7, 2025" for a date). */
  value: string;
  /** Name of the helper that formatted the value (`legalDate`), so the editor can format a new value alike. */
  format?: string;
  required?: boolean;
  /** In a list item: the path naming the item by its identity (`inquiry.requests#2.answer`), so a passage
   * stays with its request or record when the list changes. */
  itemKey?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  children: [{ text: '' }];
}

/** A reference to an exhibit ("Exhibit B") that follows its exhibit when exhibits are reordered. */
export interface ExhibitRefNode {
  type: 'exhibit-ref';
  exhibitId: string;
  /** The label when last resolved; the exporter resolves it again from the matter's exhibit list. */
  label: string;
  children: [{ text: '' }];
}

/** What a footnote's text holds: everything inline but another footnote. */
export type NoteInline = FormattedText | FieldNode | ExhibitRefNode;

/**
 * A footnote. Its marker stands where the node is, numbered in reading order (1, 2, 3 … through the letter);
 * its children are the note's text. It exports as a real Word footnote.
 */
export interface FootnoteNode {
  type: 'footnote';
  children: NoteInline[];
}

export type InlineNode = NoteInline | FootnoteNode;

interface BlockBase {
  align?: Alignment;
}

export interface ParagraphNode extends BlockBase {
  type: 'paragraph';
  children: InlineNode[];
}

export interface HeadingNode extends BlockBase {
  type: 'heading';
  level: 1 | 2 | 3;
  children: InlineNode[];
}

export interface ListItemNode {
  type: 'list-item';
  /** The item's own paragraph first, then any nested lists. */
  children: (ParagraphNode | ListNode)[];
}

export interface ListNode {
  type: 'numbered-list' | 'bulleted-list';
  children: ListItemNode[];
}

export interface BlockQuoteNode {
  type: 'block-quote';
  children: ParagraphNode[];
}

export interface TableCellNode {
  type: 'table-cell';
  align?: Alignment;
  children: ParagraphNode[];
}

export interface TableRowNode {
  type: 'table-row';
  /** True on the header row, which repeats at the top of every page the table spans. */
  header?: boolean;
  children: TableCellNode[];
}

export interface TableNode {
  type: 'table';
  children: TableRowNode[];
}

export interface PageBreakNode {
  type: 'page-break';
  children: [{ text: '' }];
}

/** The parts of a letter. Each holds paragraphs; the exporter gives each its own layout rules. */
export type LetterPartType =
  | 'letterhead'
  | 'date-line'
  | 'delivery-line'
  | 'address-block'
  | 're-line'
  | 'signature-block'
  | 'cc-block'
  | 'enclosures';

export interface LetterPartNode {
  type: LetterPartType;
  children: ParagraphNode[];
}

/** Every block a template renders or an attorney writes. */
export type ContentBlock =
  ParagraphNode | HeadingNode | ListNode | BlockQuoteNode | TableNode | PageBreakNode | LetterPartNode;

/**
 * A passage the attorney edited that the matter has since changed, offered for review as Word offers a
 * tracked change: the children are the attorney's text (kept by "Keep mine"), `proposed` is the passage as
 * the matter now renders it (put in place by "Accept"). Only at the top level; never nested.
 */
export interface MatterUpdateNode {
  type: 'matter-update';
  id: string;
  proposed: ContentBlock[];
  children: ContentBlock[];
}

export type BlockNode = ContentBlock | MatterUpdateNode;

export type ElementNode =
  BlockNode | ListItemNode | TableRowNode | TableCellNode | FieldNode | ExhibitRefNode | FootnoteNode;

export const LETTER_PART_TYPES: readonly LetterPartType[] = [
  'letterhead',
  'date-line',
  'delivery-line',
  'address-block',
  're-line',
  'signature-block',
  'cc-block',
  'enclosures',
];

/** A rendered document: the body plus what the exporter needs for headers, footers and properties. */
export interface DocumentModel {
  /** Shown in Word's document properties and the app's draft list. */
  title: string;
  subject: string;
  author: string;
  /** Continuation header on pages after the first: addressee and date. */
  continuation: { addressee: string; date: string };
  /** The letter as it goes out: passages under review are resolved to the attorney's text by the bind step. */
  children: ContentBlock[];
}

export const isMatterUpdate = (node: unknown): node is MatterUpdateNode =>
  typeof node === 'object' && node !== null && (node as { type?: unknown }).type === 'matter-update';

export const isFieldNode = (node: unknown): node is FieldNode =>
  typeof node === 'object' && node !== null && (node as { type?: unknown }).type === 'field';

export const isText = (node: unknown): node is FormattedText =>
  typeof node === 'object' && node !== null && typeof (node as { text?: unknown }).text === 'string';

export const isFootnote = (node: unknown): node is FootnoteNode =>
  typeof node === 'object' && node !== null && (node as { type?: unknown }).type === 'footnote';
