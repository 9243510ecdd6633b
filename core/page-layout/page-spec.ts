// Everything the page view lays out for one document, read from the same inputs as the DOCX export
// (core/docx/build-docx.ts): the letterhead that heads page one, the continuation header of later pages,
// "Page X of Y", the body's blocks and the exhibit part.
import type { DocumentModel, InlineNode, LetterPartNode } from '../document/model';
import type { ExhibitExportSet } from '../exhibits/exhibit-export';
import type { BoundDraft } from '../pipeline/bind-draft';
import { exportLabels } from '../exhibits/exhibit-refs';
import { bodyFlow } from './flow-body';
import { exhibitFlow } from './flow-exhibits';
import type { ExhibitSection } from './flow-exhibits';
import { flowRuns, withMarks } from './flow-inline';
import type { InlineContext } from './flow-inline';
import { paragraph } from './flow-types';
import type { FlowBlock, FlowParagraph, FlowRun } from './flow-types';

export const DRAFT_MARK = 'DRAFT \u2014 required fields missing';

export interface PageSpec {
  /** Page one's header: the letterhead, its first line larger, ruled off from the letter. */
  letterhead: FlowParagraph[];
  /** Later pages' header lines (addressee, date); empty for a document addressed to no one. */
  continuation: string[];
  body: FlowBlock[];
  exhibits: ExhibitSection[];
  /** Every page headed "DRAFT — required fields missing", as an export made with stops still open. */
  markDraft: boolean;
}

export interface PageSpecOptions {
  exhibits?: readonly { id: string; label: string }[];
  exhibitSet?: ExhibitExportSet;
  markDraft?: boolean;
  /** The exhibits the export sends as their record's own pages (core/exhibits/whole-record.ts decides). */
  wholeRecords?: ReadonlySet<string>;
}

/** The runs up to the first line break set bold and 4 points larger, as the export sets the letterhead's first line. */
function firstLineLarger(runs: FlowRun[]): { first: FlowRun[]; rest: FlowRun[] } {
  const index = runs.findIndex((run) => run.text.includes('\n'));
  if (index < 0) return { first: runs, rest: [] };
  const at = runs[index]!.text.indexOf('\n');
  return {
    first: [...runs.slice(0, index), { ...runs[index]!, text: runs[index]!.text.slice(0, at) }],
    rest: [{ ...runs[index]!, text: runs[index]!.text.slice(at) }, ...runs.slice(index + 1)],
  };
}

function letterheadFlow(part: LetterPartNode | undefined, context: InlineContext): FlowParagraph[] {
  const lines = part?.children ?? [];
  return lines.map((line, index) => {
    const runs = flowRuns(line.children as InlineNode[], context);
    const last = index === lines.length - 1;
    const split = index === 0 ? firstLineLarger(runs) : { first: runs, rest: [] };
    return paragraph(
      index === 0
        ? [...withMarks(split.first, { bold: true }).map((run) => ({ ...run, sizePt: 14 })), ...split.rest]
        : runs,
      {
        align: line.align ?? 'center',
        afterPt: last ? 12 : 0,
        ...(last ? { rule: { widthPt: 0.75, spacePt: 4 } } : {}),
      },
    );
  });
}

/**
 * Whether the export marks every page DRAFT: it goes out with stops still open (electron/services/export-service.ts
 * `stopsOf`: required fields empty, or a stop other than an empty field).
 */
export const marksDraft = (bound: Pick<BoundDraft, 'missing' | 'problems'>): boolean =>
  bound.missing.length > 0 || bound.problems.some((p) => p.severity === 'stop' && p.kind !== 'empty-field');

/** What the page view lays out for a bound letter, with the options its export would get. */
export function pageSpec(model: DocumentModel, options: PageSpecOptions = {}): PageSpec {
  const context: InlineContext = {
    exhibitLabels: exportLabels(options.exhibits),
    nextNote: 1,
    noteTexts: new Map(),
  };
  const at = model.children.findIndex((node) => node.type === 'letterhead');
  const letterhead = at < 0 ? undefined : (model.children[at] as LetterPartNode);
  const body = at < 0 ? model.children : model.children.filter((_node, index) => index !== at);
  const letterheadBlocks = letterheadFlow(letterhead, context);
  return {
    letterhead: letterheadBlocks,
    continuation: [model.continuation.addressee, model.continuation.date].filter((t) => t.trim() !== ''),
    body: bodyFlow(body, context),
    exhibits: exhibitFlow(options.exhibitSet, options.wholeRecords),
    markDraft: options.markDraft === true,
  };
}
