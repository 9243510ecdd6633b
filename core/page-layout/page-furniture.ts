// The header and footer of each page, as core/docx/header-footer.ts and exhibit-page-parts.ts write them:
// the letterhead on page one, "Page X of Y" once a page (at the foot of page one; in the continuation header of
// later pages, or at every foot when there is none), and the exhibits' Bates numbers at the right of the foot.
import { paragraph } from './flow-types';
import type { FlowParagraph } from './flow-types';
import { DRAFT_MARK } from './page-spec';
import type { PageSpec } from './page-spec';

export interface PageFurniture {
  header: FlowParagraph[];
  footer: FlowParagraph[];
}

const draftLine = (spec: PageSpec): FlowParagraph[] =>
  spec.markDraft ? [paragraph([{ text: DRAFT_MARK, bold: true }], { align: 'center', afterPt: 6 })] : [];

export const pageXofY = (page: number, total: number | undefined): string =>
  `Page ${page} of ${total ?? '\u2026'}`;

const footerLine = (text: string, align: 'center' | 'right', sizePt: number): FlowParagraph =>
  paragraph(text === '' ? [] : [{ text }], { align, sizePt, afterPt: 0 });

/** The letter's `page`-th page (from 0) of `total` (unknown while the layout is still running). */
export function letterFurniture(spec: PageSpec, page: number, total?: number): PageFurniture {
  const number = pageXofY(page + 1, total);
  const footer = [footerLine(number, 'center', 11)];
  if (page === 0) return { header: [...draftLine(spec), ...spec.letterhead], footer };
  if (spec.continuation.length === 0) {
    const header = draftLine(spec);
    return { header: header.length > 0 ? header : [paragraph([], { afterPt: 0 })], footer };
  }
  return {
    header: [
      ...draftLine(spec),
      ...spec.continuation.map((text) => paragraph([{ text }], { afterPt: 0 })),
      paragraph([{ text: number }], { afterPt: 12 }),
    ],
    footer: [],
  };
}

/** An exhibit page: no header but the DRAFT mark of a marked export, the section's label at the foot. */
export function exhibitFurniture(spec: PageSpec, footer: string): PageFurniture {
  const header = draftLine(spec);
  return {
    header: header.length > 0 ? header : [paragraph([], { afterPt: 0 })],
    footer: [footerLine(footer, 'right', 10)],
  };
}
