// The letters' view of records produced from their own pages: page counts from those pages, and Bates
// numbers kept from the production that stamped them.
import { describe, expect, it } from 'vitest';
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
});
