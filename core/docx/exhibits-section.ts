// The exhibit set at the end of an exported letter: an index of exhibits, then for each exhibit a cover page
// ("EXHIBIT A" and its description) and its text with the citation. Each exhibit is its own section so its
// footer can carry Bates numbers: the PAGE field restarted at the exhibit's first number, behind the prefix
// and the leading zeros. An exhibit given as pictures of its record's pages goes out as those
// (exhibit-record-pages.ts). Where the number of digits grows (999 -> 1000) a new section starts, so the zeros
// written before the field stay right. Pages are laid out ahead of time (core/exhibits/exhibit-pages.ts), so
// the ranges in the index are the pages a word processor shows.
import {
  AlignmentType,
  Footer,
  PageNumber,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';
import type { ISectionOptions } from 'docx';
import { isolateValue } from '../document/isolate-value';
import { formatBates, formatBatesRange } from '../exhibits/bates';
import type { ExhibitExportSet, PreparedExhibit } from '../exhibits/exhibit-export';
import { coverParagraphs, footerWith, PAGE, pageHeader, run, TEXT_SPACING } from './exhibit-page-parts';
import { recordPagesSection, type ExhibitPageImages } from './exhibit-record-pages';

function cell(text: string, font: string, widthPct: number, bold = false) {
  return new TableCell({
    width: { size: widthPct * 50, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ spacing: { after: 0 }, children: [run(text, font, { bold, size: 22 })] })],
  });
}

/** The Bates settings with the prefix isolated, so a right-to-left prefix never reverses the number after it. */
const isolatedBates = (set: ExhibitExportSet) => ({ ...set.bates, prefix: isolateValue(set.bates.prefix) });

function pagesColumn(exhibit: PreparedExhibit, set: ExhibitExportSet): string {
  if (set.bates.enabled) return formatBatesRange(isolatedBates(set), exhibit.range);
  return exhibit.pageCount === 1 ? '1 page' : `${exhibit.pageCount} pages`;
}

function indexSection(set: ExhibitExportSet, font: string, markDraft: boolean): ISectionOptions {
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell('Exhibit', font, 11, true),
      cell('Description', font, 33, true),
      cell('Source', font, 30, true),
      cell(set.bates.enabled ? 'Bates range' : 'Pages', font, 26, true),
    ],
  });
  const rows = set.exhibits.map(
    (e) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(e.label, font, 11),
          cell(e.description, font, 33),
          cell(e.citation, font, 30),
          cell(pagesColumn(e, set), font, 26),
        ],
      }),
  );
  return {
    properties: { type: SectionType.NEXT_PAGE, page: PAGE },
    headers: { default: pageHeader(markDraft) },
    footers: { default: new Footer({ children: [new Paragraph({ children: [] })] }) },
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        children: [run('INDEX OF EXHIBITS', font, { bold: true })],
      }),
      new Table({ width: { size: 5000, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
    ],
  };
}

/** A paragraph still to be built, told whether it opens a new page. */
type PendingParagraph = (pageBreakBefore: boolean) => Paragraph;

/** The paragraphs of each page of an exhibit: the cover page, then the text pages. */
function exhibitPages(exhibit: PreparedExhibit, font: string): PendingParagraph[][] {
  const cover: PendingParagraph[] = [
    (pageBreakBefore) => coverParagraphs(exhibit, font, pageBreakBefore)[0]!,
    () => coverParagraphs(exhibit, font)[1]!,
  ];
  const textParagraph =
    (text: string, italics = false): PendingParagraph =>
    (pageBreakBefore) =>
      new Paragraph({ pageBreakBefore, spacing: TEXT_SPACING, children: [run(text, font, { italics })] });
  const text = exhibit.pages.map((page, index) => {
    const paragraphs = page.map((p) => textParagraph(p));
    return index === 0 ? [textParagraph(exhibit.citation, true), ...paragraphs] : paragraphs;
  });
  return [cover, ...text];
}

/** Sections for one exhibit: one, or more where the Bates number gains a digit. */
function exhibitSectionsFor(
  exhibit: PreparedExhibit,
  set: ExhibitExportSet,
  font: string,
  markDraft: boolean,
  images: ExhibitPageImages,
): ISectionOptions[] {
  const pictures = images.get(exhibit.id);
  if (pictures) return [recordPagesSection(exhibit, pictures, font, markDraft)];
  if (exhibit.pages.length === 0) return [paperExhibitSection(exhibit, set, font, markDraft)];
  const pages = exhibitPages(exhibit, font);
  const groups: { first: number; pages: PendingParagraph[][] }[] = [];
  pages.forEach((page, index) => {
    const number = exhibit.range.first + index;
    const last = groups[groups.length - 1];
    const sameDigits = last && String(last.first).length === String(number).length;
    if (last && (sameDigits || !set.bates.enabled)) last.pages.push(page);
    else groups.push({ first: number, pages: [page] });
  });
  return groups.map((group) => {
    const zeros = formatBates(isolatedBates(set), group.first).slice(0, -String(group.first).length);
    const footer = set.bates.enabled
      ? footerWith([zeros, PageNumber.CURRENT], font)
      : footerWith([`Exhibit ${exhibit.label}, page `, PageNumber.CURRENT], font);
    const children = group.pages.flatMap((page, index) =>
      page.map((build, at) => build(index > 0 && at === 0)),
    );
    return {
      properties: {
        type: SectionType.NEXT_PAGE,
        page: { ...PAGE, pageNumbers: { start: set.bates.enabled ? group.first : 1 } },
      },
      headers: { default: pageHeader(markDraft) },
      footers: { default: footer },
      children,
    };
  });
}

/**
 * An exhibit whose text is not in the matter (a paper record, counted by its pages): its cover page says which
 * pages follow as paper copies, and carries no Bates number of its own, since those numbers are the pages'.
 */
function paperExhibitSection(
  exhibit: PreparedExhibit,
  set: ExhibitExportSet,
  font: string,
  markDraft: boolean,
): ISectionOptions {
  const [cover, description] = exhibitPages(exhibit, font)[0]!;
  const count = exhibit.pageCount === 1 ? '1 page' : `${exhibit.pageCount} pages`;
  const numbered =
    set.bates.enabled && exhibit.pageCount > 0 ? `, ${formatBatesRange(set.bates, exhibit.range)}` : '';
  const note = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 480 },
    children: [run(`The record (${count}${numbered}) is enclosed as paper copies.`, font, { italics: true })],
  });
  return {
    properties: { type: SectionType.NEXT_PAGE, page: { ...PAGE, pageNumbers: { start: 1 } } },
    headers: { default: pageHeader(markDraft) },
    footers: { default: footerWith([`Exhibit ${exhibit.label}`], font) },
    children: [cover!(false), description!(false), note],
  };
}

/** Every section of the exhibit set, to follow the letter's own section. Empty when there are no exhibits. */
export function exhibitSections(
  set: ExhibitExportSet | undefined,
  font: string,
  markDraft = false,
  images: ExhibitPageImages = new Map(),
): ISectionOptions[] {
  if (!set || set.exhibits.length === 0) return [];
  return [
    indexSection(set, font, markDraft),
    ...set.exhibits.flatMap((e) => exhibitSectionsFor(e, set, font, markDraft, images)),
  ];
}
