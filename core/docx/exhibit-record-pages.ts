// An exhibit that is a whole record goes out as the record's own pages: after its slip sheet, one page per
// page of the record, the page's picture (as produced: redactions burned in, Bates label stamped) fitted
// inside the margins, with alt text naming the exhibit, the page and its label. The pictures are made on the
// Node side (electron/services/exhibit-pages); this only lays them out.
import { AlignmentType, ImageRun, LineRuleType, Paragraph, SectionType } from 'docx';
import type { ISectionOptions } from 'docx';
import type { PreparedExhibit } from '../exhibits/exhibit-export';
import { coverParagraphs, footerWith, PAGE, pageHeader } from './exhibit-page-parts';
import { fittedSize } from './fitted-size';

export { fittedSize };

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
