// Inline content -> docx runs: text with its marks, matter fields (or a highlighted placeholder when empty),
// exhibit references. Line breaks and tabs inside text become Word breaks and tabs.
import { NoBreakHyphen, TextRun, Tab } from 'docx';
import type { IRunOptions, ParagraphChild } from 'docx';
import { isolateValue } from '../document/isolate-value';
import { isFieldNode, isFootnote } from '../document/model';
import type { FootnoteNode, InlineNode, NoteInline } from '../document/model';
import { stripControlCharacters } from '../template/field-token';
import { hasRevisions, revisedRuns } from './revised-runs';
import { footnoteRun } from './footnote-run';

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

const NO_BREAK_HYPHEN = '\u2011';

/** A line's pieces: tabs become Word tabs, and a non-breaking hyphen (§§ 552.101‑.107) Word's own. */
function lineChildren(line: string): (string | Tab | NoBreakHyphen)[] {
  const children: (string | Tab | NoBreakHyphen)[] = [];
  line.split('\t').forEach((piece, pieceIndex) => {
    if (pieceIndex > 0) children.push(new Tab());
    piece.split(NO_BREAK_HYPHEN).forEach((part, partIndex) => {
      if (partIndex > 0) children.push(new NoBreakHyphen());
      if (part !== '') children.push(part);
    });
  });
  return children;
}

/** One run per line of the text; tabs and non-breaking hyphens inside a line become Word's own. */
export function textRuns(text: string, options: RunOptions = {}): TextRun[] {
  const clean = stripControlCharacters(text);
  if (clean === '') return [];
  // Most text is one line without tabs: one run, without splitting.
  if (!/[\n\t\u2011]/.test(clean)) return [new TextRun({ ...options, text: clean })];
  return clean.split('\n').flatMap((line, index) => {
    // Text that starts with a line break needs no empty run before the break.
    if (index === 0 && line === '') return [];
    return [new TextRun({ ...options, children: lineChildren(line), ...(index > 0 ? { break: 1 } : {}) })];
  });
}

// A run's own formatting as bits, so neighbours are compared and merged without building options first.
const BOLD = 1;
const ITALICS = 2;
const UNDERLINE = 4;
const HIGHLIGHT = 8;

const formatBits = (node: { bold?: boolean; italic?: boolean; underline?: boolean }, base: RunMarks) =>
  (node.bold === true || base.bold === true ? BOLD : 0) |
  (node.italic === true || base.italics === true ? ITALICS : 0) |
  (node.underline === true || base.underline === true ? UNDERLINE : 0);

function runOptions(bits: number, base: RunMarks): RunOptions {
  return {
    ...(bits & BOLD ? { bold: true } : {}),
    ...(bits & ITALICS ? { italics: true } : {}),
    ...(bits & UNDERLINE ? { underline: {} } : {}),
    ...(bits & HIGHLIGHT ? { highlight: 'yellow' } : {}),
    ...(base.size ? { size: base.size } : {}),
  };
}

/** One piece of inline content as Word will show it: its text and its formatting bits. */
interface Piece {
  text: string;
  bits: number;
}

function inlinePiece(node: NoteInline, context: InlineContext, base: RunMarks): Piece {
  if (isFieldNode(node)) {
    const bits = formatBits(node, base);
    if (stripControlCharacters(node.value).trim() !== '') return { text: isolateValue(node.value), bits };
    // An empty field stays visible, so nobody signs a letter with a hole in it.
    return { text: `[${node.label || node.path}]`, bits: bits | HIGHLIGHT };
  }
  if ('type' in node && node.type === 'exhibit-ref') {
    const label = context.exhibitLabels.get(node.exhibitId) ?? node.label;
    return { text: `Exhibit ${label}`, bits: formatBits({}, base) };
  }
  return { text: node.text, bits: formatBits(node, base) };
}

export function paragraphRuns(
  children: readonly InlineNode[],
  context: InlineContext,
  base: RunMarks = {},
): ParagraphChild[] {
  // A redline's paragraph (tracked insertions, deletions, formatting changes) is written by revised-runs.ts.
  if (hasRevisions(children)) return revisedRuns(children, base);
  // Neighbours formatted alike (a field inside plain text, say) share one run: Word shows the same letter,
  // and every run costs a handful of XML elements to build, write and zip.
  const pieces: (Piece | FootnoteNode)[] = [];
  for (const child of children) {
    // A footnote is its own run (the reference mark), between the text before and after it.
    if (isFootnote(child)) {
      pieces.push(child);
      continue;
    }
    const piece = inlinePiece(child, context, base);
    const last = pieces[pieces.length - 1];
    if (last && !isFootnote(last) && last.bits === piece.bits) last.text += piece.text;
    else pieces.push(piece);
  }
  const runs: ParagraphChild[] = [];
  for (const piece of pieces) {
    if (isFootnote(piece)) runs.push(footnoteRun(piece, context, paragraphRuns));
    else runs.push(...textRuns(piece.text, runOptions(piece.bits, base)));
  }
  return runs;
}

export { inlineText } from './inline-text';
