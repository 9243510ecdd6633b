// The letters' view of records produced from their own pages: page counts from those pages, and Bates
// numbers kept from the production that stamped them.
import { describe, expect, it } from 'vitest';
import { matterParts } from '../../../core/matter-file/matter-file';
import { recordViews } from '../../../core/records/record-views';
import { fileWithRecords } from '../production/production-fixture';

const bates = { enabled: true, prefix: 'DAL-AG-', start: 1, digits: 6 };

describe('records with pages of their own', () => {
  it('count the pages as produced, not the retyped text, and carry no retyped pages', () => {
    const file = fileWithRecords({ a: 'Short text.', b: 'Other.' }, { a: { printedPages: 12 } });
    const views = recordViews({ ...file, exhibitSettings: { ...file.exhibitSettings, bates } });
    expect(views.all[0]).toMatchObject({
      pages: 12,
      textPages: [],
      batesRange: 'DAL-AG-000001 – DAL-AG-000012',
    });
    expect(views.all[1]).toMatchObject({ pages: 2, batesStart: 'DAL-AG-000013' });
  });

  it('a record produced keeps its numbers; new records follow the last production', () => {
    const produced = { volume: 'DAL-AG-VOL001', first: 1, last: 3, prefix: 'DAL-AG-', digits: 6 };
    const file = fileWithRecords(
      { a: 'A', b: 'B' },
      { a: { printedPages: 3, produced }, b: { printedPages: 2 } },
    );
    const views = recordViews({
      ...file,
      exhibitSettings: { ...file.exhibitSettings, bates },
      productions: [{ last: 40 }],
    });
    expect(views.all.map((v) => v.batesRange)).toEqual([
      'DAL-AG-000001 – DAL-AG-000003',
      'DAL-AG-000041 – DAL-AG-000042',
    ]);
  });

  it('a letter bound from the matter parts plans numbers after earlier volumes too', () => {
    // Volume 1 stamped 1–40, and its records were later taken off the list: nothing but the production
    // itself remembers those numbers, so a letter must still not hand them out again.
    const file = fileWithRecords({ b: 'B' }, { b: { printedPages: 2 } });
    const production = {
      volume: 'DAL-AG-VOL001',
      date: '2025-04-01',
      producedAt: '2025-04-01T15:00:00Z',
      first: 1,
      last: 40,
      batesFirst: 'DAL-AG-000001',
      batesLast: 'DAL-AG-000040',
      pages: 40,
      recordIds: ['gone'],
      withheldIds: [],
      manifestSha256: 'a'.repeat(64),
    };
    const parts = matterParts({
      ...file,
      exhibitSettings: { ...file.exhibitSettings, bates },
      productions: [production],
    });
    expect(recordViews(parts).all[0]!.batesRange).toBe('DAL-AG-000041 – DAL-AG-000042');
  });
});
