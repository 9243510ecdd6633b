// A PDF page's lines joined back into the paragraphs they were typeset from. A PDF has no paragraphs, only
// lines; a line continues the one before unless something says a paragraph ended there: more space above
// it than between lines, a change of type size, a list marker or first-line indent after a sentence, a
// heading, or a line before it that stopped short although its next word would have fitted. A word split
// at a line end ("immi-" / "gration") is joined; whether its hyphen stays is decided for the whole document
// (resolveHyphens), once every word is known.
import { headingLevel } from './heading-line';
import type { PdfLine } from './pdf-lines';

export interface PdfBlock {
  text: string;
  /** Heading level (0 for a paragraph). */
  level: number;
  /** Its last line runs on toward the right margin, so the paragraph may go on past it. */
  endsFull?: boolean;
}

/** Stands where a line ended in a hyphen, until resolveHyphens decides what the word is. */
const SPLIT = '\uFDD1';
const ENDS_SENTENCE = /[.!?:;]["'\u201d\u2019)\]]*$/;
const LIST_MARKER =
  /^(?:[\u2022\u25cf\u25aa\u25e6\u2023\u2219\u00b7*]|[-\u2013\u2014](?=\s)|\(?(?:\d{1,3}|[a-z]|[ivxl]{1,5})[.)])\s/i;
const HYPHEN_END = /(\p{L})[-\u2010\u00ad]$/u;
const STARTS_LOWER = /^\p{Ll}/u;

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface PageShape {
  lineGap: number;
  left: number;
  right: number;
}

function pageShape(lines: PdfLine[]): PageShape {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    const gap = a.y - b.y;
    if (gap > 0 && Math.abs(a.size - b.size) < 0.5) gaps.push(gap);
  }
  const size = median(lines.map((l) => l.size)) ?? 10;
  return {
    lineGap: median(gaps) ?? size * 1.2,
    left: Math.min(...lines.map((l) => l.x)),
    right: Math.max(...lines.map((l) => l.right)),
  };
}

/** The average width of a character of the line, spaces included. */
const charWidth = (line: PdfLine): number => (line.right - line.x) / Math.max(1, line.text.length);

/** The space left at the end of a line, before the page's right margin. */
const room = (line: PdfLine, shape: PageShape): number => shape.right - line.right;

/** Whether a line runs far enough toward the right margin to be the middle of a paragraph. */
const endsFull = (line: PdfLine, shape: PageShape): boolean =>
  room(line, shape) < (shape.right - shape.left) * 0.35;

/** Whether `next` carries on the paragraph whose last line is `line`. */
function continues(line: PdfLine, next: PdfLine, shape: PageShape): boolean {
  const gap = line.y - next.y;
  if (gap <= 0 || gap > shape.lineGap * 1.35) return false;
  if (Math.abs(line.size - next.size) > line.size * 0.15) return false;
  if (LIST_MARKER.test(next.text)) return false;
  const midSentence = !ENDS_SENTENCE.test(line.text);
  if (HYPHEN_END.test(line.text) || (midSentence && STARTS_LOWER.test(next.text))) return true;
  // A line that stopped short ended its paragraph if the next word would have fitted after it (letters
  // are a little wider than the line's average character, which counts spaces). Mid-sentence, only a
  // line much shorter than the measure did (a letterhead, an address, a title).
  const firstWord = next.text.split(' ')[0]!;
  const wordWidth = charWidth(next) * (firstWord.length * 1.1 + 1);
  if (midSentence ? !endsFull(line, shape) : room(line, shape) > wordWidth) return false;
  const indented = next.x > shape.left + next.size * 1.5 && next.x > line.x + next.size;
  return !(indented && !midSentence);
}

/** The paragraph so far and its next line: a space between, or the two halves of a word split by a hyphen. */
function join(text: string, next: string): string {
  if (text.endsWith('\u00ad')) return `${text.slice(0, -1)}${next}`;
  if (HYPHEN_END.test(text))
    return STARTS_LOWER.test(next) ? `${text.slice(0, -1)}${SPLIT}${next}` : text + next;
  return text.endsWith('\u2014') ? text + next : `${text} ${next}`;
}

/** The page's paragraphs and headings, in reading order. */
export function pageBlocks(lines: PdfLine[]): PdfBlock[] {
  if (lines.length === 0) return [];
  const shape = pageShape(lines);
  const blocks: PdfBlock[] = [];
  let open: { block: PdfBlock; last: PdfLine } | undefined;
  for (const line of lines) {
    const level = headingLevel(line.text);
    if (level === 0 && open && continues(open.last, line, shape)) {
      open.block.text = join(open.block.text, line.text);
      open.last = line;
      continue;
    }
    if (open) open.block.endsFull = endsFull(open.last, shape);
    const block: PdfBlock = { text: line.text, level };
    blocks.push(block);
    open = level === 0 ? { block, last: line } : undefined;
  }
  if (open) open.block.endsFull = endsFull(open.last, shape);
  return blocks;
}

/**
 * Whether the page's first paragraph goes on with the one the last page ended with: that one stopped
 * mid-sentence, at the right margin or before a word in lower case. (A running footer or header between
 * them stops this: the footer is the last page's last paragraph.)
 */
export function continuesAcrossPages(previous: PdfBlock | undefined, next: PdfBlock | undefined): boolean {
  if (!previous || !next || previous.level > 0 || next.level > 0 || HYPHEN_END.test(previous.text))
    return false;
  if (ENDS_SENTENCE.test(previous.text) || LIST_MARKER.test(next.text)) return false;
  return previous.endsFull === true || STARTS_LOWER.test(next.text);
}

const LETTER = /\p{L}/u;
const WORD_PART = /[\p{L}\p{N}-]/u;

/** Each split in the text: the letters either side of it and what precedes them (a compound's parts). */
function splitsOf(text: string): { from: number; to: number; head: string; before: string; after: string }[] {
  const found = [];
  for (let at = text.indexOf(SPLIT); at >= 0; at = text.indexOf(SPLIT, at + 1)) {
    let from = at;
    while (from > 0 && LETTER.test(text[from - 1]!)) from--;
    let to = at + 1;
    while (to < text.length && LETTER.test(text[to]!)) to++;
    let headFrom = from;
    while (headFrom > 0 && from - headFrom < 60 && WORD_PART.test(text[headFrom - 1]!)) headFrom--;
    const [before, after] = [text.slice(from, at), text.slice(at + 1, to)];
    found.push({ from, to, head: text.slice(headFrom, from), before, after });
  }
  return found;
}

/**
 * Settles every word split at a line end, from the words the document itself uses: the hyphen stays where
 * the document writes the word with one elsewhere ("self-reported"), where the part before it already has
 * one ("response-to-" / "resistance"), or where both parts are words of their own and the joined word is
 * not ("not-" / "responsive"); otherwise the word is joined ("immi-" / "gration"). Word processors break
 * lines after the hyphen of a compound; typesetters also split plain words.
 */
export function resolveHyphens(texts: string[]): string[] {
  if (!texts.some((t) => t.includes(SPLIT))) return texts;
  const splits = texts.map(splitsOf);
  // The words written whole: the split ones' halves are no evidence.
  const all = texts
    .map((text, i) => splits[i]!.reduceRight((t, s) => `${t.slice(0, s.from)} ${t.slice(s.to)}`, text))
    .join(' ')
    .toLowerCase();
  const tokens = all.split(/[^\p{L}\p{N}-]+/u).map((t) => t.replace(/^-+|-+$/g, ''));
  const hyphenated = new Set(tokens.filter((t) => t.includes('-')));
  const words = new Set(all.match(/\p{L}+/gu) ?? []);
  const keepsHyphen = ({ head, before, after }: ReturnType<typeof splitsOf>[number]): boolean => {
    const [b, a] = [before.toLowerCase(), after.toLowerCase()];
    if (head.endsWith('-') || hyphenated.has(`${head.toLowerCase()}${b}-${a}`)) return true;
    if (words.has(`${b}${a}`)) return false;
    return b.length > 1 && a.length > 1 && words.has(b) && words.has(a);
  };
  return texts.map((text, i) =>
    splits[i]!.reduceRight(
      (t, s) => `${t.slice(0, s.from)}${s.before}${keepsHyphen(s) ? '-' : ''}${s.after}${t.slice(s.to)}`,
      text,
    ),
  );
}
