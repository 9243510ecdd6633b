import { describe, expect, it } from 'vitest';
import { productionRecord } from '../../../core/production/production-record';

const base = {
  volume: 'DAL-AG-VOL002',
  now: new Date('2025-04-01T15:00:00Z'),
  date: '2025-04-01',
  bates: { prefix: 'DAL-AG-', digits: 6 },
  manifestSha256: 'a'.repeat(64),
  newId: () => 'h1',
};

describe('what the matter keeps of a production', () => {
  it('its Bates range over every record it stamped, its pages, and a history entry naming the volume', () => {
    const { production, entry, range } = productionRecord({
      ...base,
      produced: [
        { id: 'a', first: 47, last: 52, pages: 6 },
        { id: 'b', first: 53, last: 53, pages: 1 },
      ],
      withheldIds: ['w'],
    });
    expect(production).toMatchObject({
      first: 47,
      last: 53,
      batesFirst: 'DAL-AG-000047',
      batesLast: 'DAL-AG-000053',
      pages: 7,
      recordIds: ['a', 'b'],
      withheldIds: ['w'],
    });
    expect(range).toBe('DAL-AG-000047 – DAL-AG-000053');
    expect(entry).toMatchObject({
      kind: 'produced',
      name: 'DAL-AG-VOL002',
      sha256: base.manifestSha256,
      summary: '2 records, 7 pages, DAL-AG-000047 – DAL-AG-000053',
    });
  });

  it('a volume that only logs records withheld stamps no number', () => {
    const { production, entry } = productionRecord({ ...base, produced: [], withheldIds: ['w'] });
    expect(production).toMatchObject({ first: 0, last: 0, batesFirst: '', batesLast: '', pages: 0 });
    expect(entry.summary).toBe('0 records, 0 pages');
  });
});
