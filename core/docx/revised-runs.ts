// Runs of a redline: inserted text as Word's tracked insertion (w:ins), deleted text as a tracked deletion
// (w:del, w:delText), reformatted text with its earlier formatting kept (w:rPrChange), each with the author,
// date and id stamped on it (stamp-revisions.ts), so the recipient can accept or reject every change in Word.
import { DeletedTextRun, InsertedTextRun, NoBreakHyphen, Tab, TextRun } from 'docx';
import type { IRunOptions, ParagraphChild } from 'docx';
import type { InlineNode } from '../document/model';
import { stripControlCharacters } from '../template/field-token';
import { flattenInline } from '../versions/flatten-blocks';
import { isRevisedText, type Marks, type RevisedText, type Revision } from '../versions/revised-text';
import type { RunMarks } from './inline-runs';

type RunOptions = Omit<IRunOptions, 'children' | 'text' | 'break'>;
type Piece = string | Tab | NoBreakHyphen;

const NO_BREAK_HYPHEN = '\u2011';

/** Word's own tabs and non-breaking hyphens inside one line. */
function lineChildren(line: string): Piece[] {
  const children: Piece[] = [];
  line.split('\t').forEach((piece, index) => {
    if (index > 0) children.push(new Tab());
    piece.split(NO_BREAK_HYPHEN).forEach((part, at) => {
      if (at > 0) children.push(new NoBreakHyphen());
      if (part !== '') children.push(part);
    });
  });
  return children;
}

const markOptions = (marks: Marks, base: RunMarks): RunOptions => ({
  ...(marks.bold || base.bold ? { bold: true } : {}),
  ...(marks.italic || base.italics ? { italics: true } : {}),
  ...(marks.underline || base.underline ? { underline: {} } : {}),
  ...(base.size ? { size: base.size } : {}),
});

const stampOf = (revision: Revision) => ({
  id: revision.id ?? 0,
  author: revision.author ?? '',
  date: revision.date ?? '',
});

/**
 * The formatting text had before a formatting change, stated in full: docx leaves an empty w:rPr out, but
 * w:rPrChange must hold one, so "was not bold" is written as bold off rather than as nothing.
 */
const earlierFormatting = (from: Marks, base: RunMarks): RunOptions => ({
  ...markOptions(from, base),
  bold: from.bold === true || base.bold === true,
  italics: from.italic === true || base.italics === true,
});

function runFor(revision: Revision | undefined, options: IRunOptions, base: RunMarks): ParagraphChild {
  if (revision?.kind === 'insert') return new InsertedTextRun({ ...options, ...stampOf(revision) });
  if (revision?.kind === 'delete') return new DeletedTextRun({ ...options, ...stampOf(revision) });
  if (revision?.kind === 'format')
    return new TextRun({
      ...options,
      revision: { ...earlierFormatting(revision.from ?? {}, base), ...stampOf(revision) },
    });
  return new TextRun(options);
}

/** One run per line of the text, line breaks as Word's, each marked with the text's revision. */
function revisedTextRuns(node: RevisedText, base: RunMarks): ParagraphChild[] {
  const clean = stripControlCharacters(node.text);
  if (clean === '') return [];
  const options = markOptions(node, base);
  return clean.split('\n').flatMap((line, index) => {
    if (index === 0 && line === '') return [];
    const run = { ...options, children: lineChildren(line), ...(index > 0 ? { break: 1 } : {}) };
    return [runFor(node.revision, run, base)];
  });
}

/** True when a paragraph holds tracked changes: inline-runs.ts hands such a paragraph here. */
export const hasRevisions = (children: readonly InlineNode[]): boolean => children.some(isRevisedText);

export function revisedRuns(children: readonly InlineNode[], base: RunMarks = {}): ParagraphChild[] {
  return children.flatMap((child) =>
    isRevisedText(child)
      ? revisedTextRuns(child, base)
      : flattenInline([child]).flatMap((text) => revisedTextRuns(text, base)),
  );
}
