// The Bates numbers of the records a production sends: a record produced before keeps its numbers (and the
// prefix it was stamped with); every other record follows on from the first number no production has used,
// in list order. The same plan serves the letters (record-views) and the volume, so they always agree.
import type { PageRange } from '../exhibits/bates';
import type { BatesSettings } from '../exhibits/exhibit';
import type { ProducedNumbers } from './production';

export interface PlannedRecord {
  id: string;
  /** Pages the record has now (its PDF's or its printed pages). */
  pages: number;
  produced?: ProducedNumbers;
}

export interface PlannedRange extends PageRange {
  prefix: string;
  digits: number;
  /** True when the numbers are the ones an earlier production gave the record. */
  kept: boolean;
}

export interface BatesPlan {
  ranges: PlannedRange[];
  /** A record produced before whose page count has changed since: its numbers no longer fit its pages. */
  problems: { id: string; message: string }[];
}

export function planBates(
  records: readonly PlannedRecord[],
  settings: Pick<BatesSettings, 'prefix' | 'digits'>,
  next: number,
): BatesPlan {
  const problems: BatesPlan['problems'] = [];
  let number = next;
  const ranges = records.map((record): PlannedRange => {
    const kept = record.produced;
    if (kept) {
      const keptPages = kept.last - kept.first + 1;
      if (record.pages > 0 && record.pages !== keptPages)
        problems.push({
          id: record.id,
          message: `it went out in ${kept.volume} with ${keptPages} page${keptPages === 1 ? '' : 's'} but has ${record.pages} now`,
        });
      return { first: kept.first, last: kept.last, prefix: kept.prefix, digits: kept.digits, kept: true };
    }
    const range = { first: number, last: number + Math.max(record.pages, 1) - 1 };
    number = range.last + 1;
    return { ...range, prefix: settings.prefix, digits: settings.digits, kept: false };
  });
  return { ranges, problems };
}
