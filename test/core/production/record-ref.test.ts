import { describe, expect, it } from 'vitest';
import { findRecord } from '../../../core/production/record-ref';
import { recordViews } from '../../../core/records/record-views';
import { fileWithRecords } from './production-fixture';

const file = fileWithRecords(
  { a: 'A', b: 'B', c: 'C' },
  { b: { exhibit: true }, c: { controlNumber: 'W-1', status: 'withheld' } },
);
const views = recordViews(file).all;

describe('naming a record on the command line', () => {
  it.each([
    ['1', 0],
    ['3', 2],
    ['b', 1],
    ['A', 1],
    ['w-1', 2],
    ['c', 2],
  ])('"%s" is record %i (from 0)', (ref, index) => {
    expect(findRecord(file.records, views, ref)).toEqual({ index });
  });

  it('a number out of range or an unknown name says what there is', () => {
    expect(findRecord(file.records, views, '4')).toEqual({
      problem: 'There is no record 4: the matter has 3 records (1-3).',
    });
    expect(findRecord(file.records, views, 'Z')).toHaveProperty('problem', expect.stringContaining('"Z"'));
    expect(findRecord([], [], '1')).toHaveProperty('problem', expect.stringContaining('no records yet'));
  });
});
