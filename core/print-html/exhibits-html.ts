// The exhibits after a printed letter, as the DOCX lays them out (core/docx/exhibits-section.ts): an index of
// exhibits, then for each a cover page ("EXHIBIT A" and its description) and its text pages with the citation,
// each page numbered at its foot with its Bates number (or "Exhibit A, page 2" without Bates numbering). The
// pages are laid out ahead of time (core/exhibits/exhibit-pages.ts), so each is one sheet of its own. An
// exhibit that is a whole record goes out as its record's own pages instead, one picture a sheet (drawn on the
// Node side as the production draws them: Bates label stamped, redactions burned in), as in the DOCX.
import { isolateValue } from '../document/isolate-value';
import { formatBates, formatBatesRange } from '../exhibits/bates';
import type { ExhibitExportSet, PreparedExhibit } from '../exhibits/exhibit-export';
import { cssString, escapeHtml } from './escape';
import { FONT_STACK, htmlPage } from './print-css';

const isolated = (set: ExhibitExportSet) => ({ ...set.bates, prefix: isolateValue(set.bates.prefix) });
const pages = (n: number) => (n === 1 ? '1 page' : `${n} pages`);

/** A record page's picture, ready for the page: a data: URL (the printer refuses any other address). */
export interface PrintedPageImage {
  src: string;
  /** "Exhibit A, page 2 of 5, CITY-000124". */
  alt: string;
}

/** The pictures of each exhibit that goes out as its record's own pages, by exhibit (record) id. */
export type PrintedPageImages = ReadonlyMap<string, readonly PrintedPageImage[]>;

const isDataImage = (src: string) => /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/.test(src);

function indexHtml(set: ExhibitExportSet): string {
  const rows = set.exhibits.map(
    (e) =>
      `<tr><td>${escapeHtml(isolateValue(e.label))}</td><td>${escapeHtml(e.description)}</td><td>${escapeHtml(e.citation)}</td><td class="range">${escapeHtml(
        set.bates.enabled ? formatBatesRange(isolated(set), e.range) : pages(e.pageCount),
      )}</td></tr>`,
  );
  return `<section class="index"><h1>INDEX OF EXHIBITS</h1><table><thead><tr><th style="width:11%">Exhibit</th><th style="width:33%">Description</th><th style="width:30%">Source</th><th style="width:26%">${
    set.bates.enabled ? 'Bates range' : 'Pages'
  }</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

const sheet = (content: string, label: string) =>
  `<section class="sheet">${content}<div class="page-label">${escapeHtml(label)}</div></section>`;

function exhibitSheets(exhibit: PreparedExhibit, set: ExhibitExportSet, images: PrintedPageImages): string[] {
  const cover = `<div class="cover"><p class="exhibit-title">EXHIBIT ${escapeHtml(isolateValue(exhibit.label))}</p><p class="exhibit-description">${escapeHtml(exhibit.description)}</p>`;
  const labelOf = (index: number) =>
    set.bates.enabled
      ? formatBates(isolated(set), exhibit.range.first + index)
      : `Exhibit ${isolateValue(exhibit.label)}, page ${index + 1}`;
  const pictures = images.get(exhibit.id)?.filter((image) => isDataImage(image.src));
  if (pictures && pictures.length > 0) {
    // The pages carry their own labels; the foot names the exhibit, as the DOCX's does.
    const label = `Exhibit ${isolateValue(exhibit.label)}`;
    return [
      sheet(`${cover}</div>`, label),
      ...pictures.map((image) =>
        sheet(`<div class="picture"><img src="${image.src}" alt="${escapeHtml(image.alt)}"></div>`, label),
      ),
    ];
  }
  if (exhibit.pages.length === 0) {
    const numbered =
      set.bates.enabled && exhibit.pageCount > 0 ? `, ${formatBatesRange(isolated(set), exhibit.range)}` : '';
    const note = `<p class="paper-note">The record (${pages(exhibit.pageCount)}${escapeHtml(numbered)}) is enclosed as paper copies.</p>`;
    return [sheet(`${cover}${note}</div>`, `Exhibit ${isolateValue(exhibit.label)}`)];
  }
  const text = exhibit.pages.map((page, index) => {
    const citation = index === 0 ? `<p><i>${escapeHtml(exhibit.citation)}</i></p>` : '';
    return citation + page.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  });
  return [`${cover}</div>`, ...text].map((content, index) => sheet(content, labelOf(index)));
}

function exhibitsCss(font: string, draft: boolean): string {
  const family = FONT_STACK(font);
  const mark = draft
    ? `@top-right { content: "${cssString('DRAFT \u2014 required fields missing')}"; font-family: ${family}; font-size: 10pt; font-weight: bold; color: #C00000; }`
    : '';
  return `
@page { size: Letter; margin: 1in 1in 0.5in; ${mark} }
body { margin: 0; font-family: ${family}; font-size: 12pt; line-height: 1.15; color: #000; }
p { margin: 0 0 12pt; white-space: pre-wrap; }
h1 { font-size: 12pt; text-align: center; margin: 0 0 12pt; }
table { width: 100%; border-collapse: collapse; font-size: 11pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.5pt solid #000; padding: 2pt 0.075in; vertical-align: top; text-align: left; }
/* A Bates range reads as one: it is never broken at its hyphens. */
td.range { white-space: nowrap; }
/* A sheet fills the page down to its foot: its text stops an inch from the edge, its number half an inch. */
.sheet { position: relative; box-sizing: border-box; height: 9.45in; padding-bottom: 0.5in; break-before: page; }
.page-label { position: absolute; right: 0; bottom: 0; font-size: 10pt; line-height: 1; }
.cover { text-align: center; padding-top: 3in; }
.exhibit-title { font-weight: bold; font-size: 20pt; margin: 0 0 24pt; }
.exhibit-description { font-size: 14pt; }
.paper-note { font-style: italic; margin-top: 24pt; }
.picture { text-align: center; }
.picture img { max-width: 6.5in; max-height: 8.9in; }
`;
}

export function exhibitsHtml(
  set: ExhibitExportSet | undefined,
  options: { font: string; markDraft: boolean; title: string; images?: PrintedPageImages },
): string | undefined {
  if (!set || set.exhibits.length === 0) return undefined;
  const images = options.images ?? new Map();
  const body = indexHtml(set) + set.exhibits.flatMap((e) => exhibitSheets(e, set, images)).join('');
  return htmlPage(options.title, exhibitsCss(options.font, options.markDraft), body);
}
