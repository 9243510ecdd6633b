// Everything the bind step finds wrong with a letter, as values: what the export dialog, `render --draft`,
// `status` and the drafts list show. Each has a plain sentence and a severity (a stop blocks a clean export).
import type { BlockNode } from '../document/model';
import { isMatterUpdate } from '../document/model';
import { blocksToPlainText } from '../document/plain-text';
import { placeholderIn } from '../matter/placeholder-value';
import type { UnfilledField } from '../template/refresh-fields';
import type { Draft, MatterFile } from '../matter-file/matter-file';
import { canEnclose } from '../records/record';
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
  | 'placeholder-text';

export interface BindProblem {
  kind: BindProblemKind;
  severity: 'stop' | 'warn';
  message: string;
  /** The matter or letter field to fix, for "go to the field". */
  path?: string;
  recordId?: string;
  updateId?: string;
}

interface ProblemInput {
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

function referencedExhibits(node: unknown, into: Set<string>): Set<string> {
  const element = node as { type?: string; exhibitId?: string; children?: unknown[] };
  if (element.type === 'exhibit-ref' && element.exhibitId) into.add(element.exhibitId);
  for (const child of element.children ?? []) referencedExhibits(child, into);
  return into;
}

function exhibitProblems({ file, draft, views, enclosed }: ProblemInput): BindProblem[] {
  const problems: BindProblem[] = [];
  const byId = new Map(views.all.map((view) => [view.id, view]));
  const excerptIds = new Set(file.excerpts.map((e) => e.id));
  for (const id of draft.letter.exhibitIds) {
    const view = byId.get(id);
    if (!view) {
      problems.push({
        kind: 'missing-exhibit',
        severity: 'warn',
        recordId: id,
        message: 'An exhibit this letter enclosed was removed from the records list; it is not enclosed.',
      });
    } else if (!file.records.find((r) => r.id === id)?.exhibit) {
      problems.push({
        kind: 'missing-exhibit',
        severity: 'warn',
        recordId: id,
        message: `${view.description || 'A record'} is no longer attached as an exhibit, so it is not enclosed with this letter.`,
      });
    } else if (!canEnclose({ ...view, exhibit: true })) {
      problems.push({
        kind: 'withheld-exhibit',
        severity: 'warn',
        recordId: id,
        message: `${view.description || 'A record'} is marked ${view.status === 'withheld' ? 'withheld' : 'not responsive'}, so it is not enclosed with this letter.`,
      });
    }
  }
  for (const view of enclosed.filter((v) => v.status === 'partly-withheld')) {
    problems.push({
      kind: 'partly-withheld-exhibit',
      severity: 'warn',
      recordId: view.id,
      message: `Exhibit ${view.exhibitLabel} (${view.description || 'no description'}) is partly withheld, but its text goes out in full: take out what is withheld before sending.`,
    });
  }
  for (const view of enclosed) {
    const record = file.records.find((r) => r.id === view.id);
    if (record?.excerptId && !excerptIds.has(record.excerptId)) {
      problems.push({
        kind: 'exhibit-without-text',
        severity: 'stop',
        recordId: view.id,
        message: `Exhibit ${view.exhibitLabel} (${view.description || 'no description'}) has lost its text; attach the source again.`,
      });
    }
  }
  return problems;
}

function referenceProblems({ views, enclosed, body }: ProblemInput): BindProblem[] {
  const inLetter = new Set(enclosed.map((view) => view.id));
  return [...referencedExhibits({ children: body }, new Set())].flatMap((id): BindProblem[] => {
    const label = views.referenceLabels.get(id);
    if (label?.startsWith('['))
      return [
        {
          kind: 'deleted-exhibit-reference',
          severity: 'stop',
          recordId: id,
          message: `The letter refers to ${views.all.find((v) => v.id === id)?.description || 'a record'} as an exhibit, but it is marked ${label.slice(1, -1)}; it prints as "Exhibit ${label}".`,
        },
      ];
    if (label === undefined)
      return [
        {
          kind: 'deleted-exhibit-reference',
          severity: 'stop',
          recordId: id,
          message: 'The letter refers to an exhibit that was deleted; it prints as "Exhibit [deleted]".',
        },
      ];
    if (!inLetter.has(id))
      return [
        {
          kind: 'exhibit-not-enclosed',
          severity: 'warn',
          recordId: id,
          message: `The letter refers to Exhibit ${label}, which it does not enclose.`,
        },
      ];
    return [];
  });
}

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

/** "[Fill: …]" typed into the letter's own text (or left by an unlinked chip): it would print as it stands. */
function textPlaceholders(children: readonly BlockNode[]): BindProblem[] {
  return children.flatMap((block, index): BindProblem[] => {
    const mark = placeholderIn(blocksToPlainTextWithoutFields(block));
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

/** A block's own text, without the values of its field chips (those are reported as fields). */
function blocksToPlainTextWithoutFields(block: BlockNode): string {
  const strip = (node: unknown): unknown => {
    const element = node as { type?: string; children?: unknown[] };
    if (element.type === 'field') return { text: '' };
    return Array.isArray(element.children) ? { ...element, children: element.children.map(strip) } : node;
  };
  return blocksToPlainText([strip(block) as BlockNode]);
}
