// An exhibit that is a whole record goes out as the record's own pages: after its slip sheet, one page per
// page of the record, the page's picture (as produced: redactions burned in, Bates label stamped) fitted
// inside the margins, with alt text naming the exhibit, the page and its label. The pictures are made on the
// Node side (electron/services/exhibit-pages); this only lays them out.
import { AlignmentType, ImageRun, LineRuleType, Paragraph, SectionType } from 'docx';
import type { ISectionOptions } from 'docx';
import type { PreparedExhibit } from '../exhibits/exhibit-export';
import { coverParagraphs, footerWith, PAGE, pageHeader } from './exhibit-page-parts';

export interface ExhibitPageImage {
  image: Uint8Array;
  type: 'png' | 'jpg';
  /** The record page's size as seen, in points. */
  widthPt: number;
  heightPt: number;
  /** "Exhibit A, page 2 of 5, CITY-000124". */
  alt: string;
}

/** The pictures of each exhibit that goes out as its record's own pages, by exhibit (record) id. */
export type ExhibitPageImages = ReadonlyMap<string, readonly ExhibitPageImage[]>;

// The space inside 1" margins of a US Letter page, in pixels at 96 to the inch (what docx sizes images in),
// a little short of the full 9" so the picture's line never spills onto a page of its own.
const MAX_WIDTH_PX = 6.5 * 96;
const MAX_HEIGHT_PX = 8.9 * 96;

/** The picture's size on the page: as large as fits, keeping its proportions. */
export function fittedSize(widthPt: number, heightPt: number): { width: number; height: number } {
  const scale = Math.min(MAX_WIDTH_PX / widthPt, MAX_HEIGHT_PX / heightPt);
  return { width: Math.floor(widthPt * scale), height: Math.floor(heightPt * scale) };
}

function pagePicture(page: ExhibitPageImage): Paragraph {
  return new Paragraph({
    pageBreakBefore: true,
    alignment: AlignmentType.CENTER,
    // An explicit automatic line height: LibreOffice takes a bare line height as exact and clips the picture.
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: [
      new ImageRun({
        type: page.type,
        data: page.image,
        transformation: fittedSize(page.widthPt, page.heightPt),
        altText: { name: page.alt, title: page.alt, description: page.alt },
      }),
    ],
  });
}

/** The slip sheet, then the record's pages; the footer names the exhibit (the pages carry their own labels). */
export function recordPagesSection(
  exhibit: PreparedExhibit,
  pages: readonly ExhibitPageImage[],
  font: string,
  markDraft: boolean,
): ISectionOptions {
  return {
    properties: { type: SectionType.NEXT_PAGE, page: { ...PAGE, pageNumbers: { start: 1 } } },
    headers: { default: pageHeader(markDraft) },
    footers: { default: footerWith([`Exhibit ${exhibit.label}`], font) },
    children: [...coverParagraphs(exhibit, font), ...pages.map(pagePicture)],
  };
}
