// Which records a new production takes: those produced in whole or part that have not gone out before (all
// of them, under their own numbers, when producing again), and the records withheld in full that no earlier
// production has logged. Also the outcome recorded in each record afterwards.
import type { MatterFile } from '../matter-file/matter-file';
import { isProduced, type MatterRecord } from '../records/record';
import type { ProducedNumbers } from './production';

export interface Selected {
  record: MatterRecord;
  /** Place in the records list, from 0. */
  index: number;
}

export interface Selection {
  produce: Selected[];
  withhold: Selected[];
}

export function selectForProduction(
  file: Pick<MatterFile, 'records' | 'productions'>,
  again: boolean,
): Selection {
  const logged = new Set(file.productions.flatMap((p) => p.withheldIds));
  const all = file.records.map((record, index) => ({ record, index }));
  return {
    produce: all.filter(({ record }) => isProduced(record) && (again || !record.produced)),
    withhold: all.filter(({ record }) => record.status === 'withheld' && (again || !logged.has(record.id))),
  };
}

/** Why there is nothing to produce, in words that say what to do. */
export function nothingToProduce(file: Pick<MatterFile, 'records' | 'productions'>): string {
  if (file.records.length === 0)
    return 'The matter has no records to produce; add them first with counsel-desk records add.';
  const last = file.productions.at(-1);
  if (last && file.records.some((r) => r.produced))
    return `Nothing new to produce: every record marked produced went out already (last in ${last.volume}) and no withheld record is new. Add records, or give --again to produce them again under their own Bates numbers.`;
  return 'No record is marked produced, partly withheld or withheld; set their status first (counsel-desk set m.cdesk records[0].status produced).';
}

export interface RecordOutcome {
  pages: number;
  numbers: ProducedNumbers;
  /** Bates numbers of the pages produced as pictures with redactions. */
  redactedLabels: string[];
}

/** The record as it stands after the production: its pages, its numbers, its redacted pages. */
export function afterProduction(record: MatterRecord, outcome: RecordOutcome): MatterRecord {
  const redacted = outcome.redactedLabels.length > 0;
  return {
    ...record,
    printedPages: outcome.pages,
    produced: record.produced ?? outcome.numbers,
    ...(redacted ? { redactedPages: outcome.redactedLabels.join(', ') } : {}),
    // A record produced with redactions is partly withheld, so the letters' privilege logs list it too.
    ...(redacted && record.status === 'produced' ? { status: 'partly-withheld' as const } : {}),
  };
}
