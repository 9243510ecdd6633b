// The exhibit part after the letter, as core/docx/exhibits-section.ts builds it: the index of exhibits (a table
// whose header row repeats), then each exhibit's cover page and its text pages, each page started afresh, with
// the Bates number (or "Exhibit A, page 2") at the foot.
import { isolateValue } from '../document/isolate-value';
import { formatBates, formatBatesRange } from '../exhibits/bates';
import type { ExhibitExportSet, PreparedExhibit } from '../exhibits/exhibit-export';
import { paragraph } from './flow-types';
import type { FlowBlock, FlowParagraph } from './flow-types';
import { TEXT_WIDTH_PT } from './page-geometry';

export interface ExhibitSection {
  blocks: FlowBlock[];
  /** The footer's text on the section's `page`-th page (from 0). */
  footer: (page: number) => string;
  /**
   * A whole record, which the export sends as its own pages (core/exhibits/whole-record.ts) once they can be
   * drawn: its cover, then one picture a page, every footer "Exhibit A". `blocks` and `footer` are the text
   * the export falls back to when they cannot.
   */
  record?: { id: string; label: string; pageCount: number; cover: FlowParagraph[] };
}

const INDEX_COLUMNS = [11, 33, 30, 26];

const isolated = (set: ExhibitExportSet) => ({ ...set.bates, prefix: isolateValue(set.bates.prefix) });

function pagesColumn(exhibit: PreparedExhibit, set: ExhibitExportSet): string {
  if (set.bates.enabled) return formatBatesRange(isolated(set), exhibit.range);
  return exhibit.pageCount === 1 ? '1 page' : `${exhibit.pageCount} pages`;
}

function indexSection(set: ExhibitExportSet): ExhibitSection {
  const row = (texts: string[], header: boolean) => ({
    header,
    cells: texts.map((text) => ({ paragraphs: [[{ text, ...(header ? { bold: true } : {}) }]] })),
  });
  return {
    footer: () => '',
    blocks: [
      paragraph([{ text: 'INDEX OF EXHIBITS', bold: true }], { align: 'center', pageBreakBefore: true }),
      {
        kind: 'table',
        widthsPt: INDEX_COLUMNS.map((share) => (TEXT_WIDTH_PT * share) / 100),
        sizePt: 11,
        cellPaddingPt: 0,
        pageBreakBefore: false,
        rows: [
          row(['Exhibit', 'Description', 'Source', set.bates.enabled ? 'Bates range' : 'Pages'], true),
          ...set.exhibits.map((e) => row([e.label, e.description, e.citation, pagesColumn(e, set)], false)),
        ],
      },
      paragraph([], { afterPt: 0 }),
    ],
  };
}

const cover = (exhibit: PreparedExhibit): FlowParagraph[] => [
  paragraph([{ text: `EXHIBIT ${exhibit.label}`, bold: true }], {
    align: 'center',
    sizePt: 20,
    beforePt: 216,
    afterPt: 24,
    pageBreakBefore: true,
  }),
  paragraph([{ text: exhibit.description }], { align: 'center', sizePt: 14, afterPt: 0 }),
];

function exhibitSection(exhibit: PreparedExhibit, set: ExhibitExportSet, whole: boolean): ExhibitSection {
  const text = textSection(exhibit, set);
  return whole
    ? {
        ...text,
        record: { id: exhibit.id, label: exhibit.label, pageCount: exhibit.pageCount, cover: cover(exhibit) },
      }
    : text;
}

function textSection(exhibit: PreparedExhibit, set: ExhibitExportSet): ExhibitSection {
  if (exhibit.pages.length === 0) {
    const count = exhibit.pageCount === 1 ? '1 page' : `${exhibit.pageCount} pages`;
    const numbered =
      set.bates.enabled && exhibit.pageCount > 0 ? `, ${formatBatesRange(set.bates, exhibit.range)}` : '';
    return {
      footer: () => `Exhibit ${exhibit.label}`,
      blocks: [
        ...cover(exhibit),
        paragraph([{ text: `The record (${count}${numbered}) is enclosed as paper copies.`, italic: true }], {
          align: 'center',
          beforePt: 24,
          afterPt: 0,
        }),
      ],
    };
  }
  const text = exhibit.pages.flatMap((page, index) =>
    [
      ...(index === 0 ? [{ text: exhibit.citation, italic: true }] : []),
      ...page.map((t) => ({ text: t })),
    ].map((run, at) => paragraph([run], { pageBreakBefore: at === 0 })),
  );
  return {
    footer: (page) =>
      set.bates.enabled
        ? formatBates(isolated(set), exhibit.range.first + page)
        : `Exhibit ${exhibit.label}, page ${page + 1}`,
    blocks: [...cover(exhibit), ...text],
  };
}

/** The sections of the exhibit part; none without exhibits. `wholeRecords`: the exhibits that are whole records. */
export function exhibitFlow(
  set: ExhibitExportSet | undefined,
  wholeRecords: ReadonlySet<string> = new Set(),
): ExhibitSection[] {
  if (!set || set.exhibits.length === 0) return [];
  return [indexSection(set), ...set.exhibits.map((e) => exhibitSection(e, set, wholeRecords.has(e.id)))];
}
