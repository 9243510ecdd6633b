// What every page of the exhibit part shares: the page size and margins, the body's runs, the header (empty, or
// the DRAFT mark of a marked export) and the footer that carries the page label or Bates number.
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { draftParagraph } from './header-footer';

export const INCH = 1440;
export const PAGE = {
  size: { width: INCH * 8.5, height: INCH * 11 },
  margin: { top: INCH, right: INCH, bottom: INCH, left: INCH, header: INCH / 2, footer: INCH / 2 },
};
export const BODY_SIZE = 24; // half-points: the pagination assumes 12-point text
export const TEXT_SPACING = { before: 0, after: 240, line: 240 };

export const run = (
  text: string,
  font: string,
  extra: { bold?: boolean; italics?: boolean; size?: number } = {},
) => new TextRun({ text, font, size: BODY_SIZE, ...extra });

/** The exhibits' pages carry no header, except the DRAFT mark of a marked export, as the letter's pages do. */
export const pageHeader = (markDraft: boolean) =>
  new Header({ children: [markDraft ? draftParagraph() : new Paragraph({ children: [] })] });

export function footerWith(
  children: (string | (typeof PageNumber)[keyof typeof PageNumber])[],
  font: string,
) {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children, font, size: 20 })],
      }),
    ],
  });
}

/** The exhibit's slip sheet: "EXHIBIT A" a third of the way down, its description under it. */
export const coverParagraphs = (
  exhibit: { label: string; description: string },
  font: string,
  pageBreakBefore = false,
): Paragraph[] => [
  new Paragraph({
    pageBreakBefore,
    alignment: AlignmentType.CENTER,
    spacing: { before: INCH * 3, after: 480 },
    children: [run(`EXHIBIT ${exhibit.label}`, font, { bold: true, size: 40 })],
  }),
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [run(exhibit.description, font, { size: 28 })],
  }),
];
