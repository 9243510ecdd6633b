// What the next production would send, before anything is printed: the volume's name, the Bates numbers it
// would use (from the matter's settings and the productions before it), what is produced and withheld, which
// records carry redactions and which need a look first. Page counts of records not yet printed are the text's
// layout, so the range is an estimate until the volume is made (the Produce dialog says so).
import { formatBates } from '../exhibits/bates';
import type { MatterFile } from '../matter-file/matter-file';
import { recordViews } from '../records/record-views';
import { planBates } from './bates-plan';
import { nextBatesNumber, volumeName } from './production';
import { selectForProduction } from './production-selection';

export type PreviewSource = Pick<
  MatterFile,
  'records' | 'excerpts' | 'exhibitSettings' | 'productions' | 'productionRedactions'
>;

export interface PreviewRecord {
  id: string;
  /** "Record 3: Training bulletin" (its place in the list, from 1, and its description). */
  name: string;
}

export interface ProductionPreview {
  volume: string;
  /** "DAL-AG-000001"; empty when nothing would be stamped. */
  batesFirst: string;
  batesLast: string;
  pages: number;
  /** True when some page counts are the text's layout rather than pages printed. */
  estimated: boolean;
  produced: PreviewRecord[];
  withheld: PreviewRecord[];
  /** Produced records with redactions (their own, or a phrase redacted across the production). */
  redacted: (PreviewRecord & { redactions: number })[];
  /** Records keeping the numbers an earlier production gave them (only when producing again). */
  keptNumbers: number;
  /** Records to look at before producing, each with why. */
  review: (PreviewRecord & { why: string })[];
  /** Why the production cannot be made as it stands; empty when it can. */
  blockers: string[];
}

/** A record not printed yet: its source's own pages where the matter knows them, else its text's layout. */
function likelyPages(file: PreviewSource, index: number, laidOut: number): number {
  const record = file.records[index]!;
  if (record.printedPages > 0) return record.printedPages;
  const excerpt = file.excerpts.find((e) => e.id === record.excerptId);
  if (!excerpt || excerpt.sourcePageCount === 0) return laidOut;
  return excerpt.wholeSource ? excerpt.sourcePageCount : excerpt.pageEnd - excerpt.pageStart + 1;
}

type NameOf = (index: number) => string;

function reviewNotes(file: PreviewSource, again: boolean, nameOf: NameOf): ProductionPreview['review'] {
  const notes: ProductionPreview['review'] = [];
  file.records.forEach((record, index) => {
    const base = { id: record.id, name: nameOf(index) };
    const produced = record.status === 'produced' || record.status === 'partly-withheld';
    if (
      record.status === 'partly-withheld' &&
      record.redactions.length === 0 &&
      file.productionRedactions.length === 0
    )
      notes.push({ ...base, why: 'partly withheld, but nothing in it is redacted yet' });
    if ((record.status === 'withheld' || record.status === 'partly-withheld') && !record.basis.trim())
      notes.push({ ...base, why: 'withheld in whole or part without a basis for the privilege log' });
    if (produced && record.requestNumbers.length === 0)
      notes.push({ ...base, why: 'answers no request yet' });
    if (produced && record.produced && record.redactions.length > 0 && !again)
      notes.push({
        ...base,
        why: `went out in ${record.produced.volume}; its redactions reach the AG only if produced again`,
      });
  });
  return notes;
}

export function previewProduction(file: PreviewSource, again: boolean): ProductionPreview {
  const bates = file.exhibitSettings.bates;
  const selection = selectForProduction(file, again);
  const views = recordViews({
    ...file,
    exhibitSettings: { ...file.exhibitSettings, bates: { ...bates, enabled: true } },
  });
  const pagesOf = (index: number) => likelyPages(file, index, views.all[index]?.pages ?? 0);
  const nameOf: NameOf = (index) => {
    const view = views.all[index];
    const name = view?.exhibitLabel ? `Exhibit ${view.exhibitLabel}` : `Record ${index + 1}`;
    const description = file.records[index]?.description.trim();
    return description ? `${name}: ${description}` : name;
  };
  const start = nextBatesNumber(
    bates.start,
    file.productions,
    file.records.map((r) => r.produced),
  );
  const plan = planBates(
    selection.produce.map(({ record, index }) => ({
      id: record.id,
      pages: pagesOf(index),
      produced: record.produced,
    })),
    bates,
    start,
  );
  const fresh = plan.ranges.filter((r) => !r.kept);
  const pages = plan.ranges.reduce((sum, r) => sum + r.last - r.first + 1, 0);
  const ordered = [...plan.ranges].sort((a, b) => a.first - b.first);
  const first = ordered[0];
  const last = ordered.at(-1);
  const blockers = plan.problems.map((p) => {
    const at = file.records.findIndex((r) => r.id === p.id);
    return `${nameOf(at)}: ${p.message}.`;
  });
  if (selection.produce.length === 0 && selection.withhold.length === 0)
    blockers.push(
      file.records.length === 0
        ? 'The matter has no records yet: add them in the Library & Exhibits tab.'
        : file.records.some((r) => r.produced)
          ? 'Nothing new to produce: every record marked produced went out already. Tick "Produce again records produced before" to send them again under their own numbers.'
          : 'No record is marked produced, partly withheld or withheld: set their status first.',
    );
  const phraseCount = file.productionRedactions.length;
  return {
    volume: volumeName(bates.prefix, file.productions.length + 1),
    batesFirst: first ? formatBates({ prefix: first.prefix, digits: first.digits }, first.first) : '',
    batesLast: last ? formatBates({ prefix: last.prefix, digits: last.digits }, last.last) : '',
    pages,
    estimated: selection.produce.some(({ record }) => record.printedPages === 0),
    produced: selection.produce.map(({ record, index }) => ({
      id: record.id,
      name: nameOf(index),
    })),
    withheld: selection.withhold.map(({ record, index }) => ({
      id: record.id,
      name: nameOf(index),
    })),
    redacted: selection.produce
      .filter(({ record }) => record.redactions.length + phraseCount > 0)
      .map(({ record, index }) => ({
        id: record.id,
        name: nameOf(index),
        redactions: record.redactions.length + phraseCount,
      })),
    keptNumbers: plan.ranges.length - fresh.length,
    review: reviewNotes(file, again, nameOf),
    blockers,
  };
}
