// The Bates label each page of a record will be stamped with, planned as a production would plan it
// (core/production/bates-plan.ts): a record produced before keeps its numbers, the others follow on in list
// order from the first number no production used. Only the records before it change its numbers, so only
// their page counts are asked for.
import type { Excerpt } from '../../../core/excerpts/excerpt';
import { formatBates } from '../../../core/exhibits/bates';
import type { ExhibitSettings } from '../../../core/exhibits/exhibit';
import { planBates } from '../../../core/production/bates-plan';
import { nextBatesNumber, type Production } from '../../../core/production/production';
import { isProduced, type MatterRecord } from '../../../core/records/record';

export interface LabelParts {
  records: readonly MatterRecord[];
  excerpts: readonly Excerpt[];
  exhibitSettings: ExhibitSettings;
  productions: readonly Production[];
}

export interface PlannedLabels {
  labels: string[];
  note: string;
}

const NOT_PRODUCED: Record<string, string> = {
  withheld: 'Withheld in full: its pages are not produced, so they get no Bates numbers.',
  'not-responsive': 'Not responsive: its pages are not produced, so they get no Bates numbers.',
};

/**
 * `pagesOf` gives a record's page count (its own pages, printed if need be); `pages` is the count of the
 * record whose labels are wanted.
 */
export async function plannedLabels(
  parts: LabelParts,
  index: number,
  pages: number,
  pagesOf: (record: MatterRecord, index: number) => Promise<number>,
): Promise<PlannedLabels> {
  const record = parts.records[index]!;
  if (!isProduced(record)) return { labels: [], note: NOT_PRODUCED[record.status] ?? '' };
  const bates = parts.exhibitSettings.bates;
  const start = nextBatesNumber(
    bates.start,
    parts.productions,
    parts.records.map((r) => r.produced),
  );
  const before: { id: string; pages: number; produced?: MatterRecord['produced'] }[] = [];
  for (const [i, r] of parts.records.slice(0, index).entries()) {
    // A record that went out keeps its numbers, whatever its pages: no need to count them.
    if (isProduced(r))
      before.push({ id: r.id, pages: r.produced ? 0 : await pagesOf(r, i), produced: r.produced });
  }
  const plan = planBates([...before, { id: record.id, pages, produced: record.produced }], bates, start);
  const range = plan.ranges.at(-1)!;
  const labels = Array.from({ length: pages }, (_u, n) => formatBates(range, range.first + n));
  const problem = plan.problems.find((p) => p.id === record.id);
  const note = problem
    ? `Its numbers no longer fit its pages: ${problem.message}.`
    : record.produced
      ? `Numbered as it went out in ${record.produced.volume}.`
      : '';
  return { labels, note };
}
