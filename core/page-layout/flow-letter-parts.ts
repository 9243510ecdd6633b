// The parts of a letter as core/docx/letter-parts.ts lays them out: lines close together with a blank line
// after the part, a hanging "Re:" and "cc:", room to sign, and parts kept together with what follows.
import { CC_PREFIX, RE_PREFIX } from '../document/hanging-label';
import type { ContentBlock, LetterPartNode, ParagraphNode } from '../document/model';
import { dropLeading, flowRuns, withMarks } from './flow-inline';
import type { InlineContext } from './flow-inline';
import { paragraph } from './flow-types';
import type { FlowParagraph, FlowRun } from './flow-types';

const HANG = 36;
const BLANK = 12;
const SIGNING_SPACE = 36;

interface PartLayout {
  bold?: boolean;
  keepTogether?: boolean;
  hangPattern?: RegExp;
  hangFallback?: string;
  hangAll?: boolean;
}

const LAYOUTS: Record<Exclude<LetterPartNode['type'], 'letterhead'>, PartLayout> = {
  'date-line': {},
  'delivery-line': { bold: true },
  'address-block': { keepTogether: true },
  're-line': { keepTogether: true, hangPattern: RE_PREFIX, hangFallback: 'Re:' },
  'signature-block': { keepTogether: true },
  'cc-block': { keepTogether: true, hangPattern: CC_PREFIX },
  enclosures: { keepTogether: true, hangAll: true },
};

const TRAILING_PARTS: ReadonlySet<string> = new Set(['enclosures', 'cc-block']);

const textOf = (runs: readonly FlowRun[]) => runs.map((run) => run.text).join('');

/** The leading plain text's label ("Re:") and the runs without it, or the runs as they are. */
function hang(runs: FlowRun[], pattern: RegExp, fallback?: string): { label?: string; runs: FlowRun[] } {
  let leading = '';
  for (const run of runs) {
    if (run.placeholder || run.noteNumber !== undefined) break;
    leading += run.text;
  }
  const match = pattern.exec(leading);
  if (match) return { label: match[1], runs: dropLeading(runs, match[0].length) };
  return fallback === undefined ? { runs } : { label: fallback, runs };
}

function partParagraph(
  node: ParagraphNode,
  index: number,
  part: LetterPartNode,
  layout: PartLayout,
  context: InlineContext,
): FlowParagraph {
  const last = index === part.children.length - 1;
  let runs = flowRuns(node.children, context);
  if (layout.bold) runs = withMarks(runs, { bold: true });
  const text = textOf(runs).trim();
  const rest: Partial<FlowParagraph> = {
    afterPt: last ? BLANK : part.type === 'signature-block' && text.endsWith(',') ? SIGNING_SPACE : 0,
    ...(index === 0 && part.type === 'signature-block' && /^_{5,}$/.test(text)
      ? { beforePt: SIGNING_SPACE - BLANK }
      : {}),
    ...(layout.keepTogether ? { keepLines: true, keepNext: !last } : {}),
    ...(node.align ? { align: node.align } : {}),
  };
  if (layout.hangPattern && index === 0) {
    const hung = hang(runs, layout.hangPattern, layout.hangFallback);
    if (hung.label !== undefined) {
      runs = hung.runs;
      Object.assign(rest, {
        leftPt: HANG,
        hangingPt: HANG,
        label: { text: hung.label, bold: /^re:$/i.test(hung.label) },
      });
    }
  } else if (layout.hangPattern) Object.assign(rest, { leftPt: HANG });
  if (layout.hangAll) Object.assign(rest, { leftPt: HANG, hangingPt: index === 0 ? HANG : 0 });
  return paragraph(runs, rest);
}

export function letterPartFlow(
  part: LetterPartNode,
  context: InlineContext,
  next: ContentBlock | undefined,
): FlowParagraph[] {
  if (part.type === 'letterhead') {
    // A second letterhead in the body is shown centred, as typed.
    return part.children.map((node, index) =>
      paragraph(flowRuns(node.children, context), {
        align: node.align ?? 'center',
        afterPt: index === part.children.length - 1 ? BLANK : 0,
      }),
    );
  }
  const layout = LAYOUTS[part.type];
  const tail =
    (part.type === 'signature-block' || TRAILING_PARTS.has(part.type)) &&
    next !== undefined &&
    TRAILING_PARTS.has(next.type);
  return part.children.map((node, index) => {
    const flow = partParagraph(node, index, part, layout, context);
    return index === part.children.length - 1 && tail ? { ...flow, keepNext: true } : flow;
  });
}
