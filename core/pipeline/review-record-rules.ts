// The review's rules about records: produced records the letter never cites, enclosed exhibits its text never
// mentions, enclosed excerpts whose source drifted, and withheld records with no basis.
import { isUnfilled } from '../matter/placeholder-value';
import type { RecordView } from '../records/record-views';
import type { BindProblem } from './bind-problems';
import type { ReviewInput } from './review-rules';

const LISTS = ['all', 'produced', 'withheld', 'exhibits'] as const;

/** Ids of the records of which `paths` hold a `records.<list>.N.*` field. */
function citedByField({ views }: ReviewInput, paths: Iterable<string>): Set<string> {
  const ids = new Set<string>();
  for (const path of paths) {
    const match = /^records\.(\w+)\.(\d+)\./.exec(path);
    const list = LISTS.find((name) => name === match?.[1]);
    const view = list ? views[list][Number(match![2])] : undefined;
    if (view) ids.add(view.id);
  }
  return ids;
}

const named = (view: RecordView): string => `record ${view.number} (${view.description || 'no description'})`;

/**
 * A produced record the letter neither refers to, prints in its index nor encloses. Only for a letter that
 * cites some produced record: an acknowledgment or a privilege log is not expected to cite the production.
 */
export function uncitedRecords(input: ReviewInput): BindProblem[] {
  const cited = citedByField(input, input.scan.fieldPaths);
  for (const id of input.scan.referencedIds) cited.add(id);
  for (const view of input.enclosed) cited.add(view.id);
  const produced = input.views.produced;
  if (!produced.some((view) => cited.has(view.id))) return [];
  return produced
    .filter((view) => !cited.has(view.id))
    .map((view) => ({
      kind: 'uncited-record',
      severity: 'warn',
      recordId: view.id,
      message: `The letter never cites ${named(view)}, which is produced; list it, refer to it or enclose it.`,
    }));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An enclosed exhibit the letter never mentions outside its enclosures list: no reference to it, no "Exhibit A"
 * and no row of an index (a cover letter's index names what it encloses).
 */
export function unreferencedExhibits(input: ReviewInput): BindProblem[] {
  const { enclosed, scan } = input;
  const indexed = citedByField(input, scan.textFieldPaths);
  return enclosed
    .filter(
      (view) =>
        !scan.referencedIds.has(view.id) &&
        !indexed.has(view.id) &&
        !new RegExp(`\\bExhibit\\s+${escapeRegExp(view.exhibitLabel)}(?![\\w-])`).test(scan.text()),
    )
    .map((view) => ({
      kind: 'unreferenced-exhibit',
      severity: 'warn',
      recordId: view.id,
      message: `Exhibit ${view.exhibitLabel} (${view.description || 'no description'}) is enclosed, but the letter never mentions it.`,
    }));
}

/**
 * Excerpts of the exhibits this letter encloses whose source changed (the exhibit may misquote the source as it
 * is now: a stop) or left the library (it cannot be compared, but the exhibit holds the text as quoted: a warn).
 */
export function driftedExcerpts({ file, enclosed, options }: ReviewInput): BindProblem[] {
  const checks = new Map((options.excerptChecks ?? []).map((check) => [check.excerptId, check]));
  return enclosed.flatMap((view): BindProblem[] => {
    const excerptId = file.records.find((record) => record.id === view.id)?.excerptId;
    const check = excerptId ? checks.get(excerptId) : undefined;
    if (!check || check.status === 'ok') return [];
    return [
      {
        kind: 'excerpt-source-changed',
        severity: check.status === 'changed' ? 'stop' : 'warn',
        recordId: view.id,
        message: `Exhibit ${view.exhibitLabel} (${view.description || 'no description'}): ${check.message}`,
      },
    ];
  });
}

/**
 * A record withheld in whole or part with no basis, even where the letter does not print the basis; once per
 * record (an empty basis the letter prints is already reported as an empty field). Only for a letter that deals
 * with records at all.
 */
export function withheldWithoutBasis(input: ReviewInput): BindProblem[] {
  const { views, scan, enclosed, reported } = input;
  const dealsWithRecords =
    enclosed.length > 0 ||
    scan.referencedIds.size > 0 ||
    [...scan.fieldPaths].some((path) => path.startsWith('records.'));
  if (!dealsWithRecords) return [];
  return views.withheld
    .filter((view) => isUnfilled(view.basis))
    .filter((view) => !reported.some((p) => p.recordId === view.id && p.path?.endsWith('.basis')))
    .map((view) => ({
      kind: 'withheld-without-basis',
      severity: 'stop',
      recordId: view.id,
      message: `${named(view)[0]!.toUpperCase()}${named(view).slice(1)} is marked ${view.status === 'withheld' ? 'withheld' : 'partly withheld'} with no basis; give the basis for withholding in the records list.`,
    }));
}
