import { describe, expect, it } from 'vitest';
import { planBates } from '../../../core/production/bates-plan';
import { nextBatesNumber, volumeName } from '../../../core/production/production';

const settings = { prefix: 'DAL-AG-', digits: 6 };

describe('Bates numbers of a production', () => {
  it('numbers records in order, without gaps, from the next number', () => {
    const plan = planBates(
      [
        { id: 'a', pages: 3 },
        { id: 'b', pages: 1 },
        { id: 'c', pages: 2 },
      ],
      settings,
      47,
    );
    expect(plan.ranges.map((r) => [r.first, r.last])).toEqual([
      [47, 49],
      [50, 50],
      [51, 52],
    ]);
    expect(plan.problems).toEqual([]);
  });

  it('a record produced before keeps its numbers and prefix; the others are not moved by it', () => {
    const produced = { volume: 'DAL-AG-VOL001', first: 5, last: 7, prefix: 'OLD-', digits: 4 };
    const plan = planBates(
      [
        { id: 'kept', pages: 3, produced },
        { id: 'new', pages: 2 },
      ],
      settings,
      20,
    );
    expect(plan.ranges[0]).toMatchObject({ first: 5, last: 7, prefix: 'OLD-', digits: 4, kept: true });
    expect(plan.ranges[1]).toMatchObject({ first: 20, last: 21, prefix: 'DAL-AG-', kept: false });
  });

  it('names a produced record whose pages no longer match its numbers', () => {
    const produced = { volume: 'DAL-AG-VOL001', first: 1, last: 3, prefix: 'DAL-AG-', digits: 6 };
    const plan = planBates([{ id: 'r', pages: 4, produced }], settings, 10);
    expect(plan.problems).toEqual([
      { id: 'r', message: 'it went out in DAL-AG-VOL001 with 3 pages but has 4 now' },
    ]);
  });

  it('the next production continues after the last number any production or record used', () => {
    expect(nextBatesNumber(1, [])).toBe(1);
    expect(nextBatesNumber(1, [{ last: 46 }, { last: 12 }])).toBe(47);
    expect(nextBatesNumber(100, [{ last: 46 }])).toBe(100);
    const produced = { volume: 'V', first: 50, last: 60, prefix: '', digits: 6 };
    expect(nextBatesNumber(1, [{ last: 46 }], [undefined, produced])).toBe(61);
  });

  it.each([
    ['DAL-AG-', 1, 'DAL-AG-VOL001'],
    ['CITY_AG ', 12, 'CITY_AG-VOL012'],
    ['', 2, 'PRODUCTION-VOL002'],
    ['A/B:', 3, 'A-B-VOL003'],
  ])('volume of prefix "%s", production %i: %s', (prefix, n, name) => {
    expect(volumeName(prefix, n)).toBe(name);
  });
});
