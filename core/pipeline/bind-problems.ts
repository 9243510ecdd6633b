// Everything the bind step finds wrong with a letter, as values: what the export dialog, `render --draft`,
// `status` and the drafts list show. Each has a plain sentence and a severity (a stop blocks a clean export).
import type { BlockNode } from '../document/model';
import { isMatterUpdate } from '../document/model';
import { blocksToPlainText } from '../document/plain-text';
import { placeholderIn } from '../matter/placeholder-value';
import type { UnfilledField } from '../template/refresh-fields';
import type { Draft, MatterFile } from '../matter-file/matter-file';
import { exhibitProblems, referenceProblems } from './bind-exhibit-problems';
import type { RecordView, RecordViews } from '../records/record-views';

export type BindProblemKind =
  | 'empty-field'
  | 'update-to-review'
  | 'exhibit-without-text'
  | 'withheld-exhibit'
  | 'missing-exhibit'
  | 'deleted-exhibit-reference'
  | 'exhibit-not-enclosed'
  | 'earlier-version'
  | 'partly-withheld-exhibit'
  | 'placeholder-text'
  // Found by the export, which draws a whole record's own pages (electron/services/exhibit-pages).
  | 'exhibit-pages-unavailable'
  // The review before sending (review-rules.ts).
  | 'pending-request'
  | 'unanswered-request'
  | 'uncited-record'
  | 'unreferenced-exhibit'
  | 'excerpt-source-changed'
  | 'withheld-without-basis'
  | 'dated-after-deadline'
  | 'deadline-near'
  | 'missing-bar-number'
  | 'missing-jurat'
  | 'out-of-date';

export interface BindProblem {
  kind: BindProblemKind;
  severity: 'stop' | 'warn';
  message: string;
  /** The matter or letter field to fix, for "go to the field". */
  path?: string;
  recordId?: string;
  updateId?: string;
}

export interface ProblemInput {
  file: Pick<MatterFile, 'records' | 'excerpts'>;
  draft: Pick<Draft, 'letter' | 'base'>;
  views: RecordViews;
  enclosed: RecordView[];
  body: BlockNode[];
  missing: UnfilledField[];
  /** The letter as it goes out, for marks typed into its text. */
  children: readonly BlockNode[];
}

const opening = (blocks: readonly BlockNode[]): string => {
  const text = blocksToPlainText(blocks).replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** An empty value of a record names the record; the records list is where it is filled in. */
function emptyField(field: UnfilledField, input: ProblemInput): BindProblem {
  const lists: Record<string, RecordView[]> = {
    'records.all': input.views.all,
    'records.produced': input.views.produced,
    'records.withheld': input.views.withheld,
    'records.exhibits': input.views.exhibits,
    'letter.exhibits': input.enclosed,
  };
  const match = /^(records\.\w+|letter\.exhibits)\.(\d+)\./.exec(field.path);
  const view = match ? lists[match[1]!]?.[Number(match[2])] : undefined;
  const problem: BindProblem = {
    kind: 'empty-field',
    severity: 'stop',
    path: field.path,
    message: field.placeholder
      ? `${field.label} still holds "${field.placeholder}".`
      : `${field.label} is empty.`,
  };
  if (!view) return problem;
  return {
    ...problem,
    recordId: view.id,
    message: `${field.label} ${field.placeholder ? `still holds "${field.placeholder}"` : 'is empty'} for record ${view.number} (${view.description || 'no description'}); fill it in the records list.`,
  };
}

/** The first "[Fill: …]" mark in a block's own text runs (chip values are reported as fields). */
function markIn(node: unknown): string {
  const element = node as { type?: string; text?: unknown; children?: unknown[] };
  if (element.type === 'field') return '';
  // Most runs hold no bracket at all: one indexOf skips the pattern for them.
  if (typeof element.text === 'string') return element.text.includes('[') ? placeholderIn(element.text) : '';
  for (const child of element.children ?? []) {
    const mark = markIn(child);
    if (mark) return mark;
  }
  return '';
}

/** "[Fill: …]" typed into the letter's own text (or left by an unlinked chip): it would print as it stands. */
function textPlaceholders(children: readonly BlockNode[]): BindProblem[] {
  return children.flatMap((block, index): BindProblem[] => {
    const mark = markIn(block);
    if (!mark) return [];
    return [
      {
        kind: 'placeholder-text',
        severity: 'stop',
        message: `Paragraph ${index + 1} of the letter still holds "${mark}"; replace it with the fact.`,
      },
    ];
  });
}

export function bindProblems(input: ProblemInput): BindProblem[] {
  const fields = input.missing.map((field) => emptyField(field, input));
  const updates = input.body.filter(isMatterUpdate).map((update): BindProblem => ({
    kind: 'update-to-review',
    severity: 'stop',
    updateId: update.id,
    message: `The matter changed a passage you edited ("${opening(update.children) || 'a deleted passage'}"); review the update.`,
  }));
  const earlier: BindProblem[] =
    input.draft.base === null
      ? [
          {
            kind: 'earlier-version',
            severity: 'warn',
            message:
              'This draft was made by an earlier version of Counsel Desk and is kept exactly as it was; where it differs from what the matter gives now, its text counts as yours. Read it through before sending.',
          },
        ]
      : [];
  return [
    ...fields,
    ...textPlaceholders(input.children),
    ...updates,
    ...exhibitProblems(input),
    ...referenceProblems(input),
    ...earlier,
  ];
}
