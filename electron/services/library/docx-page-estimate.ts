// Page numbers for a DOCX that does not record where Word broke its pages (one written by LibreOffice, a
// script or a converter): between the document's own page breaks, pages are counted from its page size,
// margins, font size and line spacing, the way a line-by-line layout would fill them. The pages are marked
// estimated, so the source details can say so.
import type { PageSpan } from '../../../core/library/library-types';

export interface PageLayout {
  charsPerLine: number;
  linesPerPage: number;
  /** Space between paragraphs, in lines. */
  paragraphGap: number;
}

const TWIPS_PER_POINT = 20;
/**
 * The average width of a character of running text (spaces included), in ems, by kind of face; measured on
 * LibreOffice's layout of policy-like text. A document that names no face gets Word's Times New Roman.
 */
const CHAR_WIDTH_EM: [RegExp, number][] = [
  [/times|serif|georgia|garamond|cambria|antiqua|palatino|century|book/i, 0.41],
  [/calibri|carlito|aptos/i, 0.45],
  [/./, 0.48],
];
/** Lines of single spacing are about 1.15 font sizes apart; a stated line spacing scales a tighter line. */
const LINE_EM = { unstated: 1.15, stated: 1.05 };

const number = (xml: string | undefined, pattern: RegExp): number | undefined => {
  const found = xml === undefined ? undefined : pattern.exec(xml)?.[1];
  const value = found === undefined ? NaN : Number(found);
  return Number.isFinite(value) ? value : undefined;
};

/** The paragraph defaults and the default paragraph style, which overrides them. */
function textDefaults(stylesXml: string): {
  size: number;
  charWidth: number;
  lineHeight: number;
  gap: number;
} {
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(stylesXml)?.[0] ?? '';
  const normal = /<w:style\b[^>]*w:type="paragraph"[^>]*w:default="(?:1|true)"[\s\S]*?<\/w:style>/.exec(
    stylesXml,
  )?.[0];
  const pick = (pattern: RegExp) => number(normal, pattern) ?? number(defaults, pattern);
  const size = (pick(/<w:sz w:val="(\d+)"/) ?? 20) / 2;
  const line = pick(/<w:spacing\b[^>]*w:line="(\d+)"/);
  const before = pick(/<w:spacing\b[^>]*w:before="(\d+)"/) ?? 0;
  const after = pick(/<w:spacing\b[^>]*w:after="(\d+)"/) ?? 0;
  const face =
    /<w:rFonts\b[^>]*w:ascii="([^"]*)"/.exec(normal ?? '')?.[1] ??
    /<w:rFonts\b[^>]*w:ascii="([^"]*)"/.exec(defaults)?.[1] ??
    'Times New Roman';
  return {
    size,
    charWidth: size * CHAR_WIDTH_EM.find(([kind]) => kind.test(face))![1],
    lineHeight: line === undefined ? size * LINE_EM.unstated : (size * LINE_EM.stated * line) / 240,
    gap: (before + after) / TWIPS_PER_POINT,
  };
}

/** The layout of the document's last (body) section, with Word's defaults for what it leaves out. */
export function pageLayout(documentXml: string, stylesXml: string): PageLayout {
  const section = /<w:sectPr\b(?:(?!<w:sectPr\b)[\s\S])*<\/w:sectPr>\s*<\/w:body>/.exec(documentXml)?.[0];
  const size = /<w:pgSz\b[^>]*>/.exec(section ?? '')?.[0];
  const margins = /<w:pgMar\b[^>]*>/.exec(section ?? '')?.[0];
  const twips = (xml: string | undefined, name: string, fallback: number) =>
    Math.abs(number(xml, new RegExp(`w:${name}="(-?\\d+)"`)) ?? fallback);
  const width = twips(size, 'w', 12240) - twips(margins, 'left', 1440) - twips(margins, 'right', 1440);
  const height = twips(size, 'h', 15840) - twips(margins, 'top', 1440) - twips(margins, 'bottom', 1440);
  const text = textDefaults(stylesXml);
  return {
    charsPerLine: Math.max(20, width / TWIPS_PER_POINT / text.charWidth),
    linesPerPage: Math.max(10, height / TWIPS_PER_POINT / text.lineHeight),
    paragraphGap: text.gap / text.lineHeight,
  };
}

/** The last space at or before `at` in `text`, so a page never starts in the middle of a word. */
const wordStart = (text: string, from: number, at: number): number => {
  const space = text.lastIndexOf(' ', at);
  return space > from ? space + 1 : at;
};

/** Splits each page span where the layout's page would be full; every page is marked estimated. */
export function estimatePages(text: string, pages: PageSpan[], layout: PageLayout): PageSpan[] {
  const starts: number[] = [];
  for (const span of pages) {
    starts.push(span.start);
    let used = 0;
    for (const para of text.slice(span.start, span.end).matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)) {
      const paraStart = span.start + (para.index ?? 0);
      let lines = Math.max(1, Math.ceil(para[0].length / layout.charsPerLine));
      let consumed = 0;
      while (used + lines > layout.linesPerPage) {
        const fit = Math.floor(layout.linesPerPage - used);
        consumed += fit;
        lines -= fit;
        const at = Math.round(paraStart + consumed * layout.charsPerLine);
        starts.push(fit > 0 ? wordStart(text, paraStart, at) : paraStart);
        used = 0;
      }
      used += lines + layout.paragraphGap;
    }
  }
  const unique = [...new Set(starts)].sort((a, b) => a - b);
  return unique.map((start, i) => ({
    page: i + 1,
    start,
    end: unique[i + 1] ?? text.length,
    estimated: true,
  }));
}
