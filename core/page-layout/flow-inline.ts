// Inline content as the export prints it: field values (isolated, or "[label]" highlighted when empty),
// "Exhibit B" with the exhibit's current label, footnote marks numbered in reading order.
import { isolateValue } from '../document/isolate-value';
import { isFieldNode, isFootnote } from '../document/model';
import type { InlineNode } from '../document/model';
import { stripControlCharacters } from '../template/field-token';
import type { FlowRun } from './flow-types';

export interface InlineContext {
  exhibitLabels: ReadonlyMap<string, string>;
  /** The number the next footnote mark gets. */
  nextNote: number;
  /** Each footnote's text by its number, gathered as the marks are met. */
  noteTexts?: Map<number, FlowRun[]>;
}

const marks = (node: { bold?: boolean; italic?: boolean; underline?: boolean }) => ({
  ...(node.bold ? { bold: true } : {}),
  ...(node.italic ? { italic: true } : {}),
  ...(node.underline ? { underline: true } : {}),
});

export function flowRuns(children: readonly InlineNode[], context: InlineContext): FlowRun[] {
  const runs: FlowRun[] = [];
  for (const child of children) {
    if (isFootnote(child)) {
      const number = context.nextNote;
      runs.push({ text: String(number), noteNumber: number });
      context.nextNote += 1;
      context.noteTexts?.set(number, flowRuns(child.children, context));
    } else if (isFieldNode(child)) {
      const value = stripControlCharacters(child.value);
      if (value.trim() !== '') runs.push({ text: isolateValue(value), ...marks(child) });
      else runs.push({ text: `[${child.label || child.path}]`, placeholder: true, ...marks(child) });
    } else if ('type' in child) {
      runs.push({ text: `Exhibit ${context.exhibitLabels.get(child.exhibitId) ?? child.label}` });
    } else if (child.text !== '') {
      runs.push({ text: stripControlCharacters(child.text), ...marks(child) });
    }
  }
  return runs;
}

/** The paragraph with the footnotes its marks call for (their text gathered in `context`). */
export function withNotes<T extends { kind: string; runs?: FlowRun[] }>(block: T, context: InlineContext): T {
  const numbers = (block.runs ?? []).flatMap((run) => (run.noteNumber === undefined ? [] : [run.noteNumber]));
  if (numbers.length === 0) return block;
  return {
    ...block,
    notes: numbers.map((number) => ({ number, runs: context.noteTexts?.get(number) ?? [] })),
  };
}

/** The runs with `base` marks added to each (a bold delivery line, a bold header row). */
export const withMarks = (runs: FlowRun[], base: { bold?: boolean; italic?: boolean }): FlowRun[] =>
  runs.map((run) => ({
    ...run,
    ...(base.bold ? { bold: true } : {}),
    ...(base.italic ? { italic: true } : {}),
  }));

/** Removes the first `count` characters of the runs' text (a "Re:" taken out to hang in the margin). */
export function dropLeading(runs: readonly FlowRun[], count: number): FlowRun[] {
  let left = count;
  const out: FlowRun[] = [];
  for (const run of runs) {
    if (left === 0) {
      out.push(run);
      continue;
    }
    const kept = run.text.slice(left);
    left = Math.max(0, left - run.text.length);
    if (kept !== '') out.push({ ...run, text: kept });
  }
  return out;
}
