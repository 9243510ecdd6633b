// Lays exhibit text out into pages ourselves, with explicit page breaks, so each exhibit's page count (and so
// its Bates range in the index) is known before any word processor sees the file. The measure is deliberately
// pessimistic: a page is filled to well under what Word or LibreOffice would fit, so no page ever overflows.

/** Text area of a US Letter page with 1" margins, in points, and the body font size. */
const LINE_WIDTH_PT = 468 * 0.96;
const FONT_SIZE_PT = 12;
/** Lines of 12-point text that fit in 9" (about 46) less a safety margin; a paragraph gap counts as a line. */
export const LINES_PER_PAGE = 42;

// Em widths that are at or above Times New Roman's and close to Arial's for each class of character.
function charWidth(ch: string): number {
  if (ch === ' ') return 0.28;
  if (/[WM]/.test(ch)) return 0.95;
  if (/[A-Z]/.test(ch)) return 0.72;
  if (/[mw]/.test(ch)) return 0.8;
  if (/[.,;:'!|il]/.test(ch)) return 0.3;
  if (/[a-z0-9]/.test(ch)) return 0.52;
  if (ch.charCodeAt(0) < 128) return 0.6;
  return 1.0;
}

const widthPt = (text: string) => [...text].reduce((sum, ch) => sum + charWidth(ch), 0) * FONT_SIZE_PT;

/** How many lines a paragraph takes when wrapped word by word (long words break anywhere). */
export function lineCount(paragraph: string): number {
  const words = paragraph.split(/\s+/).filter(Boolean);
  if (words.length === 0) return 1;
  const space = charWidth(' ') * FONT_SIZE_PT;
  let lines = 1;
  let used = 0;
  for (const word of words) {
    let w = widthPt(word);
    if (used > 0 && used + space + w <= LINE_WIDTH_PT) {
      used += space + w;
      continue;
    }
    if (used > 0) lines++;
    while (w > LINE_WIDTH_PT) {
      lines++;
      w -= LINE_WIDTH_PT;
    }
    used = w;
  }
  return lines;
}

/** Splits a paragraph too tall for one page into pieces that each fit. */
function splitTall(paragraph: string, maxLines: number): string[] {
  const words = paragraph.split(/\s+/).filter(Boolean);
  const pieces: string[] = [];
  let current: string[] = [];
  for (const word of words) {
    if (current.length > 0 && lineCount([...current, word].join(' ')) > maxLines) {
      pieces.push(current.join(' '));
      current = [];
    }
    current.push(word);
  }
  if (current.length > 0) pieces.push(current.join(' '));
  return pieces;
}

/** Paragraphs of the text (blank lines separate them), grouped into pages. */
export function paginate(text: string, firstPageReserve = 0): string[][] {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .flatMap((p) => splitTall(p, LINES_PER_PAGE - 4));
  const pages: string[][] = [[]];
  let used = firstPageReserve;
  for (const paragraph of paragraphs) {
    const need = lineCount(paragraph) + 1;
    if (used + need > LINES_PER_PAGE && pages[pages.length - 1]!.length > 0) {
      pages.push([]);
      used = 0;
    }
    pages[pages.length - 1]!.push(paragraph);
    used += need;
  }
  return pages;
}
