// What the bind step finds wrong with a letter's exhibits: enclosures that cannot go out (removed, no longer
// an exhibit, withheld, partly withheld, text lost) and references to exhibits the letter cannot print.
import { canEnclose } from '../records/record';
import type { BindProblem, ProblemInput } from './bind-problems';

function referencedExhibits(node: unknown, into: Set<string>): Set<string> {
  const element = node as { type?: string; exhibitId?: string; children?: unknown[] };
  if (element.type === 'exhibit-ref' && element.exhibitId) into.add(element.exhibitId);
  for (const child of element.children ?? []) referencedExhibits(child, into);
  return into;
}

export function exhibitProblems({ file, draft, views, enclosed }: ProblemInput): BindProblem[] {
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

export function referenceProblems({ views, enclosed, body }: ProblemInput): BindProblem[] {
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
