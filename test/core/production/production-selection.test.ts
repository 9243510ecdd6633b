import { describe, expect, it } from 'vitest';
import {
  afterProduction,
  nothingToProduce,
  selectForProduction,
} from '../../../core/production/production-selection';
import { fileWithRecords } from './production-fixture';

const produced = { volume: 'DAL-AG-VOL001', first: 1, last: 2, prefix: 'DAL-AG-', digits: 6 };
const file = {
  ...fileWithRecords(
    { a: 'A', b: 'B', c: 'C', d: 'D', e: 'E' },
    {
      a: { produced },
      c: { status: 'withheld', basis: 'TRE 503' },
      d: { status: 'not-responsive' },
      e: { status: 'partly-withheld' },
    },
  ),
  productions: [],
};

describe('what a production takes', () => {
  it('records not produced before, and withheld records no production has logged', () => {
    const chosen = selectForProduction(file, false);
    expect(chosen.produce.map((s) => s.record.id)).toEqual(['b', 'e']);
    expect(chosen.withhold.map((s) => s.record.id)).toEqual(['c']);
  });

  it('with --again, the records produced before as well', () => {
    expect(selectForProduction(file, true).produce.map((s) => s.record.id)).toEqual(['a', 'b', 'e']);
  });

  it('a withheld record logged by an earlier production is not logged again', () => {
    const logged = { ...file, productions: [{ withheldIds: ['c'] } as never] };
    expect(selectForProduction(logged, false).withhold).toEqual([]);
  });

  it('says why there is nothing to produce', () => {
    const empty = { ...file, records: [] };
    expect(nothingToProduce(empty)).toContain('no records');
    const allSent = { ...file, productions: [{ volume: 'DAL-AG-VOL001' } as never] };
    expect(nothingToProduce(allSent)).toContain('--again');
  });

  it('after producing, a record keeps its pages and numbers, and redactions make it partly withheld', () => {
    const record = file.records[1]!;
    const numbers = { ...produced, first: 3, last: 4 };
    const after = afterProduction(record, { pages: 2, numbers, redactedLabels: ['DAL-AG-000004'] });
    expect(after).toMatchObject({
      printedPages: 2,
      produced: numbers,
      redactedPages: 'DAL-AG-000004',
      status: 'partly-withheld',
    });
    const kept = afterProduction(file.records[0]!, { pages: 2, numbers, redactedLabels: [] });
    expect(kept.produced).toEqual(produced);
    expect(kept.status).toBe('produced');
  });
});
