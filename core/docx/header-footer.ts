// Page furniture: the letterhead heads page one only. Each page shows its number once: "Page X of Y" at the
// foot of page one, and in the continuation header (addressee, date, page) of later pages; a document with no
// continuation header (an affidavit) has the number at the foot of every page.
import { AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { DocumentModel, FormattedText, InlineNode, LetterPartNode } from '../document/model';
import { alignmentOf } from './alignment';
import type { InlineContext } from './inline-runs';
import { paragraphRuns, textRuns } from './inline-runs';
import { letterPageCountField } from './letter-page-total';
import { BLANK_LINE, STYLE_IDS } from './styles';
import type { FontChoice } from './styles';

export const DRAFT_MARK = 'DRAFT \u2014 required fields missing';

/** The red DRAFT line that heads every page of a marked export (the letter's and its exhibits'). */
export const draftParagraph = () =>
  new Paragraph({
    style: STYLE_IDS.header,
    alignment: AlignmentType.CENTER,
    spacing: { after: 120 },
    children: [new TextRun({ text: DRAFT_MARK, bold: true, color: 'C00000' })],
  });

/** The nodes before the first line break, and the rest (starting with that break). */
function splitFirstLine(children: readonly InlineNode[]): [InlineNode[], InlineNode[]] {
  const index = children.findIndex((node) => !('type' in node) && node.text.includes('\n'));
  if (index < 0) return [[...children], []];
  const node = children[index] as FormattedText;
  const at = node.text.indexOf('\n');
  return [
    [...children.slice(0, index), { ...node, text: node.text.slice(0, at) }],
    [{ ...node, text: node.text.slice(at) }, ...children.slice(index + 1)],
  ];
}

function letterheadRuns(
  children: readonly InlineNode[],
  first: boolean,
  font: FontChoice,
  context: InlineContext,
) {
  if (!first) return paragraphRuns(children, context);
  const [firstLine, rest] = splitFirstLine(children);
  return [
    ...paragraphRuns(firstLine, context, { bold: true, size: font.size + 4 }),
    ...paragraphRuns(rest, context),
  ];
}

/** Page one: the letterhead, centred, its first line set larger, ruled off from the letter. */
export function firstPageHeader(
  letterhead: LetterPartNode | undefined,
  draft: boolean,
  font: FontChoice,
  context: InlineContext,
): Header {
  const lines = letterhead?.children ?? [];
  const paragraphs = lines.map(
    (line, index) =>
      new Paragraph({
        style: STYLE_IDS.header,
        alignment: alignmentOf(line.align ?? 'center'),
        children: letterheadRuns(line.children, index === 0, font, context),
        ...(index === lines.length - 1
          ? {
              border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } },
              spacing: { after: BLANK_LINE },
            }
          : {}),
      }),
  );
  return new Header({ children: [...(draft ? [draftParagraph()] : []), ...paragraphs] });
}

/** The lines a later page is headed with; none for a document addressed to no one and undated. */
export const continuationLines = (continuation: DocumentModel['continuation']): string[] =>
  // An empty line (no date yet) is left out rather than printed as a gap.
  [continuation.addressee, continuation.date].filter((text) => text.trim() !== '');

/**
 * "Page X of Y". Y is NUMPAGES, or, when exhibits follow the letter, a PAGEREF to the bookmark at the letter's
 * end, so the exhibits are not counted as the letter's pages.
 */
function pageXofY(countLetterOnly: boolean): TextRun[] {
  const total = countLetterOnly
    ? letterPageCountField().map((children) => new TextRun({ children }))
    : [new TextRun({ children: [PageNumber.TOTAL_PAGES] })];
  return [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of '] }), ...total];
}

/** Later pages: what the document is, who it is to, its date and the page, as a typed letter's second page. */
export function continuationHeader(
  continuation: DocumentModel['continuation'],
  draft: boolean,
  countLetterOnly = false,
): Header {
  const draftMark = draft ? [draftParagraph()] : [];
  const lines = continuationLines(continuation);
  // A document addressed to no one (an affidavit) needs no heading: the footer numbers its pages.
  if (lines.length === 0)
    return new Header({ children: draftMark.length > 0 ? draftMark : [new Paragraph({})] });
  return new Header({
    children: [
      ...draftMark,
      ...lines.map((text) => new Paragraph({ style: STYLE_IDS.header, children: textRuns(text) })),
      new Paragraph({
        style: STYLE_IDS.header,
        spacing: { after: BLANK_LINE },
        children: pageXofY(countLetterOnly),
      }),
    ],
  });
}

/** "Page X of Y" at the foot of a page (page one, or every page of a document without a continuation header). */
export function pageFooter(countLetterOnly = false): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE_IDS.footer,
        alignment: AlignmentType.CENTER,
        children: pageXofY(countLetterOnly),
      }),
    ],
  });
}

/** The foot of a page whose header already numbers it. */
export const emptyFooter = (): Footer => new Footer({ children: [new Paragraph({})] });
