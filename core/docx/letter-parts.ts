// The parts of a letter, each laid out the way a legal secretary would type it: lines close together with a
// blank line after the part, a hanging "Re:" line, and a signature block that never splits across pages.
import { Tab, TextRun } from 'docx';
import type { IParagraphOptions, Paragraph, ParagraphChild } from 'docx';
import type { InlineNode, LetterPartNode, ParagraphNode } from '../document/model';
import { alignmentOf } from './alignment';
import { makeParagraph } from './block-context';
import type { BlockContext } from './block-context';
import { paragraphRuns } from './inline-runs';
import type { RunMarks } from './inline-runs';
import { BLANK_LINE, STYLE_IDS, TWIPS_PER_INCH } from './styles';

const HANG = TWIPS_PER_INCH / 2;
const RE_PREFIX = /^\s*(re:)[ \t]*/i;
const CC_PREFIX = /^\s*(b?cc:)[ \t]*/i;

/** Splits a leading "Re:" (or "cc:") off the first text, so it can hang in the margin before a tab. */
function splitPrefix(
  children: readonly InlineNode[],
  pattern: RegExp,
): { prefix?: string; rest: InlineNode[] } {
  const [first, ...others] = children;
  if (!first || !('text' in first) || 'type' in first) return { rest: [...children] };
  const match = pattern.exec(first.text);
  if (!match) return { rest: [...children] };
  return { prefix: match[1], rest: [{ ...first, text: first.text.slice(match[0].length) }, ...others] };
}

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
}

const LAYOUTS: Record<Exclude<LetterPartNode['type'], 'letterhead'>, PartLayout> = {
  'date-line': {},
  'delivery-line': { marks: { bold: true } },
  'address-block': { keepTogether: true },
  're-line': { keepTogether: true, hangPattern: RE_PREFIX, hangFallback: 'Re:' },
  'signature-block': { keepTogether: true },
  'cc-block': { keepTogether: true, hangPattern: CC_PREFIX },
  enclosures: { keepTogether: true },
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
    spacing: { after: last ? BLANK_LINE : 0 },
    ...(hang.hanging
      ? { indent: { left: HANG, hanging: HANG }, tabStops: [{ type: 'left', position: HANG }] }
      : {}),
    ...(indented ? { indent: { left: HANG } } : {}),
    ...(layout.keepTogether ? { keepLines: true, keepNext: !last } : {}),
    ...(paragraph.align ? { alignment: alignmentOf(paragraph.align) } : {}),
  };
}

export function letterPartParagraphs(part: LetterPartNode, context: BlockContext): Paragraph[] {
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
  return part.children.map((paragraph, index) =>
    makeParagraph(context, partParagraph(paragraph, index, part, layout, context)),
  );
}
