// The parts of a letter, each laid out the way a legal secretary would type it: lines close together with a
// blank line after the part, a hanging "Re:" line, and a signature block that never splits across pages and
// keeps the enclosures and cc list after it on its page.
import { Tab, TextRun } from 'docx';
import type { IParagraphOptions, Paragraph, ParagraphChild } from 'docx';
import type { ContentBlock, LetterPartNode, ParagraphNode } from '../document/model';
import { CC_PREFIX, RE_PREFIX, splitPrefix } from '../document/hanging-label';
import { alignmentOf } from './alignment';
import { makeParagraph } from './block-context';
import type { BlockContext } from './block-context';
import { inlineText, paragraphRuns } from './inline-runs';
import type { RunMarks } from './inline-runs';
import { BLANK_LINE, STYLE_IDS, TWIPS_PER_INCH } from './styles';

const HANG = TWIPS_PER_INCH / 2;
/** Four returns after the closing ("Sincerely,") leave room to sign, as on a typed letter. */
const SIGNING_SPACE = BLANK_LINE * 3;

function hangingRuns(
  paragraph: ParagraphNode,
  context: BlockContext,
  pattern: RegExp,
  fallback?: string,
): { runs: ParagraphChild[]; hanging: boolean } {
  const { prefix, rest } = splitPrefix(paragraph.children, pattern);
  const label = prefix ?? fallback;
  if (label === undefined) return { runs: paragraphRuns(paragraph.children, context), hanging: false };
  // "Re:" is set bold by convention; "cc:" is not.
  const bold = /^re:$/i.test(label);
  const lead = [new TextRun({ text: label, bold }), new TextRun({ children: [new Tab()] })];
  return { runs: [...lead, ...paragraphRuns(rest, context)], hanging: true };
}

interface PartLayout {
  marks?: RunMarks;
  /** Lines that must stay on one page together (and with what follows). */
  keepTogether?: boolean;
  hangPattern?: RegExp;
  hangFallback?: string;
  /** Every line after the first (and every wrapped line) sits half an inch in, under the heading line. */
  hangAll?: boolean;
}

const LAYOUTS: Record<Exclude<LetterPartNode['type'], 'letterhead'>, PartLayout> = {
  'date-line': {},
  'delivery-line': { marks: { bold: true } },
  'address-block': { keepTogether: true },
  're-line': { keepTogether: true, hangPattern: RE_PREFIX, hangFallback: 'Re:' },
  'signature-block': { keepTogether: true },
  'cc-block': { keepTogether: true, hangPattern: CC_PREFIX },
  enclosures: { keepTogether: true, hangAll: true },
};

function partParagraph(
  paragraph: ParagraphNode,
  index: number,
  part: LetterPartNode,
  layout: PartLayout,
  context: BlockContext,
): IParagraphOptions {
  const last = index === part.children.length - 1;
  const hang =
    layout.hangPattern && index === 0
      ? hangingRuns(paragraph, context, layout.hangPattern, layout.hangFallback)
      : { runs: paragraphRuns(paragraph.children, context, layout.marks), hanging: false };
  const indented = layout.hangPattern !== undefined && index > 0;
  return {
    style: STYLE_IDS.normal,
    children: hang.runs,
    spacing: {
      after: last ? BLANK_LINE : gapAfter(part, paragraph),
      ...(index === 0 && isSigningLine(part, paragraph) ? { before: SIGNING_SPACE - BLANK_LINE } : {}),
    },
    ...(hang.hanging
      ? { indent: { left: HANG, hanging: HANG }, tabStops: [{ type: 'left', position: HANG }] }
      : {}),
    ...(indented ? { indent: { left: HANG } } : {}),
    ...(layout.hangAll ? { indent: { left: HANG, hanging: index === 0 ? HANG : 0 } } : {}),
    ...(layout.keepTogether ? { keepLines: true, keepNext: !last } : {}),
    ...(paragraph.align ? { alignment: alignmentOf(paragraph.align) } : {}),
  };
}

/** A form's signature block opens on a rule of underscores to sign on: room to sign goes above it. */
const isSigningLine = (part: LetterPartNode, paragraph: ParagraphNode): boolean =>
  part.type === 'signature-block' && /^_{5,}$/.test(inlineText(paragraph.children).trim());

const gapAfter = (part: LetterPartNode, paragraph: ParagraphNode): number =>
  part.type === 'signature-block' && inlineText(paragraph.children).trim().endsWith(',') ? SIGNING_SPACE : 0;

/** What follows a signature on its page: the enclosures and the cc list are never left alone on the next one. */
const TRAILING_PARTS: ReadonlySet<string> = new Set(['enclosures', 'cc-block']);

const keepsWithNext = (part: LetterPartNode, next: ContentBlock | undefined): boolean =>
  (part.type === 'signature-block' || TRAILING_PARTS.has(part.type)) &&
  next !== undefined &&
  TRAILING_PARTS.has(next.type);

export function letterPartParagraphs(
  part: LetterPartNode,
  context: BlockContext,
  next?: ContentBlock,
): Paragraph[] {
  if (part.type === 'letterhead') {
    // A second letterhead in the body (the first goes in the page-one header) is shown centred, as typed.
    return part.children.map((paragraph, index) =>
      makeParagraph(context, {
        children: paragraphRuns(paragraph.children, context),
        alignment: alignmentOf(paragraph.align ?? 'center'),
        spacing: { after: index === part.children.length - 1 ? BLANK_LINE : 0 },
      }),
    );
  }
  const layout = LAYOUTS[part.type];
  const tail = keepsWithNext(part, next);
  return part.children.map((paragraph, index) => {
    const options = partParagraph(paragraph, index, part, layout, context);
    const last = index === part.children.length - 1;
    return makeParagraph(context, last && tail ? { ...options, keepNext: true } : options);
  });
}
