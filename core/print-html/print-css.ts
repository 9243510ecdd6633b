// The print stylesheet of a letter, in CSS paged media as Chromium prints it: US Letter with one-inch margins,
// the letterhead at the top of page one (its page starts half an inch down, as Word's header does), a
// continuation header (addressee, date, "Page X of Y") from page two in the top margin, "Page X of Y" at the
// foot of page one, or of every page of a document with no continuation header (an affidavit). Spacing is the
// DOCX's: 12-point Times, a blank line after each paragraph, lines of a letter part close together.
import { cssString, escapeHtml } from './escape';

export interface PageFurniture {
  /** The continuation header's lines (addressee, date); none: the foot of every page is numbered. */
  continuation: string[];
  /** A letterhead heads page one. */
  letterhead: boolean;
  /** "DRAFT — required fields missing" at the top of every page. */
  draftMark?: string;
  font: string;
  /** Points. */
  size: number;
}

const PAGE_X_OF_Y = '"Page " counter(page) " of " counter(pages)';
/** The office's font, then Times New Roman, then its metric twins (Liberation Serif, Tinos), then any serif. */
export const FONT_STACK = (font: string): string =>
  [...new Set([font, 'Times New Roman', 'Liberation Serif', 'Tinos'])]
    .map((name) => `"${cssString(name)}"`)
    .concat('serif')
    .join(', ');

function pageRules(page: PageFurniture): string {
  const family = FONT_STACK(page.font);
  const box = `font-family: ${family}; font-size: ${page.size}pt;`;
  const footer = `@bottom-center { content: ${PAGE_X_OF_Y}; ${box} font-size: ${page.size - 1}pt; vertical-align: bottom; padding-bottom: 0.5in; }`;
  const draft = page.draftMark
    ? `@top-right { content: "${cssString(page.draftMark)}"; ${box} font-size: 10pt; font-weight: bold; color: #C00000; vertical-align: top; padding-top: 0.3in; }`
    : '';
  const headed = page.continuation.length > 0;
  // Three lines of header from half an inch down, then a blank line: the body starts about 1.3 inches down.
  const header = headed
    ? `@top-left { content: "${page.continuation.map(cssString).join('\\A ')}\\A " ${PAGE_X_OF_Y}; white-space: pre; ${box} vertical-align: top; padding-top: 0.5in; }`
    : '';
  const top = headed ? `${0.5 + (page.continuation.length + 2) * 0.2}in` : '1in';
  return `
@page { size: Letter; margin: ${top} 1in 1in 1in; ${header} ${headed ? '' : footer} ${draft} }
@page :first { margin-top: ${page.letterhead ? '0.5in' : '1in'}; ${headed ? '@top-left { content: none; }' : ''} ${footer} }`;
}

const BODY = `
html { font-size: SIZEpt; }
body { margin: 0; font-family: FAMILY; font-size: SIZEpt; line-height: 1.15; color: #000;
  font-kerning: normal; orphans: 2; widows: 2; }
p { margin: 0 0 12pt; white-space: pre-wrap; tab-size: 0.5in; }
h1, h2, h3 { font-size: SIZEpt; font-weight: bold; margin: 0 0 12pt; break-after: avoid; break-inside: avoid; white-space: pre-wrap; }
h1 { margin-top: 12pt; }
h3 { font-style: italic; }
ol, ul { margin: 0 0 12pt; padding-left: 0.5in; }
li ol, li ul { margin: 0; }
li { margin: 0 0 6pt; padding-left: 0; }
li p { margin: 0; }
ul.level-0 { list-style-type: disc; } ul.level-1 { list-style-type: circle; } ul.level-2 { list-style-type: square; }
blockquote { margin: 0 0.5in 12pt; }
blockquote p { margin: 0 0 6pt; }
blockquote p:last-child { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: 0 0 12pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.5pt solid #000; padding: 2pt 0.075in; vertical-align: top; text-align: left; }
th { background: #E7E6E6; font-weight: bold; }
th p, td p { margin: 0; }
table.dense { font-size: 10pt; }
mark { background: yellow; color: #000; }
.page-break { break-after: page; }
.letterhead { min-height: 0.5in; }
.letterhead .part { border-bottom: 0.75pt solid #000; padding-bottom: 4pt; margin-bottom: 12pt; }
.letterhead .first-line { font-weight: bold; font-size: LARGEpt; }
.part .line { margin: 0; }
.part .line.last { margin-bottom: 12pt; }
.address-block, .re-line, .signature-block, .cc-block, .enclosures { break-inside: avoid; }
.keep-next { break-after: avoid; break-inside: avoid; }
.line.closing { margin-bottom: 36pt; }
.line.signing { margin-top: 24pt; }
.hanging { padding-left: 0.5in; text-indent: -0.5in; }
.hang-label { display: inline-block; width: 0.5in; text-indent: 0; }
.under, .enclosures .line { padding-left: 0.5in; }
.enclosures .line:first-child { text-indent: -0.5in; }
.note-ref { font-size: 0.7em; line-height: 0; }
.notes { margin-top: 12pt; padding-top: 6pt; border-top: 0.5pt solid #000; font-size: 10pt; }
.notes p { margin: 0 0 4pt; }
`;

export function letterCss(page: PageFurniture): string {
  return (
    pageRules(page) +
    BODY.replace(/FAMILY/g, FONT_STACK(page.font))
      .replace(/LARGEpt/g, `${page.size + 2}pt`)
      .replace(/SIZEpt/g, `${page.size}pt`)
  );
}

/** A whole page to print: its title (the PDF's title), its stylesheet and its body. */
export const htmlPage = (title: string, css: string, body: string): string =>
  `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
  `<style>${css}</style></head><body>${body}</body></html>\n`;
