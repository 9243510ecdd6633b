// Inline content -> docx runs: text with its marks, matter fields (or a highlighted placeholder when empty),
// exhibit references. Line breaks and tabs inside text become Word breaks and tabs.
import { TextRun, Tab } from 'docx';
import type { IRunOptions, ParagraphChild } from 'docx';
import { isFieldNode } from '../document/model';
import type { InlineNode } from '../document/model';
import { stripControlCharacters } from '../template/field-token';

/** Marks that apply to every run of a paragraph (a header row is bold, for example). */
export interface RunMarks {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  /** Half-points, for text set larger than the body (the letterhead's first line). */
  size?: number;
}

export interface InlineContext {
  /** Exhibit id -> current label ("B"), so references follow exhibits that were reordered. */
  exhibitLabels: ReadonlyMap<string, string>;
}

type RunOptions = Omit<IRunOptions, 'children' | 'text' | 'break'>;

/** One run per line of the text; tabs inside a line become Word tab characters. */
export function textRuns(text: string, options: RunOptions = {}): TextRun[] {
  const clean = stripControlCharacters(text);
  if (clean === '') return [];
  return clean.split('\n').flatMap((line, index) => {
    // Text that starts with a line break needs no empty run before the break.
    if (index === 0 && line === '') return [];
    const children: (string | Tab)[] = [];
    line.split('\t').forEach((piece, pieceIndex) => {
      if (pieceIndex > 0) children.push(new Tab());
      if (piece !== '') children.push(piece);
    });
    return [new TextRun({ ...options, children, ...(index > 0 ? { break: 1 } : {}) })];
  });
}

const markOptions = (
  node: { bold?: boolean; italic?: boolean; underline?: boolean },
  base: RunMarks,
): RunOptions => {
  const bold = node.bold === true || base.bold === true;
  const italics = node.italic === true || base.italics === true;
  const underline = node.underline === true || base.underline === true;
  return {
    ...(bold ? { bold: true } : {}),
    ...(italics ? { italics: true } : {}),
    ...(underline ? { underline: {} } : {}),
    ...(base.size ? { size: base.size } : {}),
  };
};

/** One piece of inline content as Word will show it: its text and the run formatting it needs. */
interface Piece {
  text: string;
  marks: RunOptions;
}

function inlinePiece(node: InlineNode, context: InlineContext, base: RunMarks): Piece {
  if (isFieldNode(node)) {
    const marks = markOptions(node, base);
    if (stripControlCharacters(node.value).trim() !== '') return { text: node.value, marks };
    // An empty field stays visible, so nobody signs a letter with a hole in it.
    return { text: `[${node.label || node.path}]`, marks: { ...marks, highlight: 'yellow' } };
  }
  if ('type' in node && node.type === 'exhibit-ref') {
    const label = context.exhibitLabels.get(node.exhibitId) ?? node.label;
    return { text: `Exhibit ${label}`, marks: markOptions({}, base) };
  }
  return { text: node.text, marks: markOptions(node, base) };
}

const RUN_KEYS = ['bold', 'italics', 'underline', 'size', 'highlight'] as const;
const sameFormat = (a: RunOptions, b: RunOptions): boolean =>
  RUN_KEYS.every(
    (key) => (a[key] === undefined) === (b[key] === undefined) && (key === 'underline' || a[key] === b[key]),
  );

export function paragraphRuns(
  children: readonly InlineNode[],
  context: InlineContext,
  base: RunMarks = {},
): ParagraphChild[] {
  // Neighbours formatted alike (a field inside plain text, say) share one run: Word shows the same letter,
  // and every run costs a handful of XML elements to build, write and zip.
  const pieces: Piece[] = [];
  for (const child of children) {
    const piece = inlinePiece(child, context, base);
    const last = pieces[pieces.length - 1];
    if (last && sameFormat(last.marks, piece.marks)) last.text += piece.text;
    else pieces.push(piece);
  }
  return pieces.flatMap((piece) => textRuns(piece.text, piece.marks));
}

/** The text a reader sees for some inline content (placeholders and exhibit labels included), for layout decisions. */
export const inlineText = (children: readonly InlineNode[]): string =>
  children
    .map((child) => {
      if (isFieldNode(child))
        return child.value.trim() !== '' ? child.value : `[${child.label || child.path}]`;
      if ('type' in child) return `Exhibit ${child.label}`;
      return child.text;
    })
    .join('');
