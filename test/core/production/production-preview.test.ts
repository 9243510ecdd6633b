// The Produce dialog's plan: the volume's name and the Bates numbers it will stamp (continuing after earlier
// productions, records produced before keeping theirs), what goes out, what is redacted, what needs a look.
import { describe, expect, it } from 'vitest';
import { previewProduction } from '../../../core/production/production-preview';
import type { Production } from '../../../core/production/production';
import { removeRedaction } from '../../../core/production/remove-redaction';
import { fileWithRecords } from './production-fixture';

const phrase = (id: string, text: string) => ({
  id,
  kind: 'phrase' as const,
  phrase: text,
  reason: 'TRE 503',
});
const earlier: Production = {
  volume: 'CITY-AG-VOL001',
  date: '2026-11-01',
  producedAt: '2026-11-01T10:00:00.000Z',
  first: 1,
  last: 4,
  batesFirst: 'CITY-AG-000001',
  batesLast: 'CITY-AG-000004',
  pages: 4,
  recordIds: ['a'],
  withheldIds: [],
  manifestSha256: '0'.repeat(64),
};

describe('previewProduction', () => {
  it('names the first volume and numbers the records from the Bates start, by their pages', () => {
    const file = fileWithRecords(
      { a: 'Policy text.', b: 'Memo text.', c: 'Advice.' },
      {
        a: { printedPages: 3, requestNumbers: ['1'] },
        b: {
          printedPages: 2,
          requestNumbers: ['1'],
          redactions: [phrase('r1', 'Memo')],
          status: 'partly-withheld',
          basis: 'TRE 503',
        },
        c: { status: 'withheld', basis: 'TRE 503' },
      },
    );
    const preview = previewProduction(file, false);
    expect(preview).toMatchObject({
      volume: 'CITY-AG-VOL001',
      batesFirst: 'CITY-AG-000001',
      batesLast: 'CITY-AG-000005',
      pages: 5,
      estimated: false,
      keptNumbers: 0,
      review: [],
      blockers: [],
    });
    expect(preview.produced.map((r) => r.name)).toEqual(['Record 1: Record a', 'Record 2: Record b']);
    expect(preview.withheld.map((r) => r.name)).toEqual(['Record 3: Record c']);
    expect(preview.redacted).toEqual([{ id: 'b', name: 'Record 2: Record b', redactions: 1 }]);
  });

  it('continues after the last production; records sent before stay out unless produced again', () => {
    const file = {
      ...fileWithRecords(
        { a: 'Policy.', b: 'New memo.' },
        {
          a: {
            printedPages: 4,
            requestNumbers: ['1'],
            produced: { volume: 'CITY-AG-VOL001', first: 1, last: 4, prefix: 'CITY-AG-', digits: 6 },
          },
          b: { printedPages: 2, requestNumbers: ['2'] },
        },
      ),
      productions: [earlier],
    };
    expect(previewProduction(file, false)).toMatchObject({
      volume: 'CITY-AG-VOL002',
      batesFirst: 'CITY-AG-000005',
      batesLast: 'CITY-AG-000006',
      keptNumbers: 0,
    });
    expect(previewProduction(file, true)).toMatchObject({
      batesFirst: 'CITY-AG-000001',
      batesLast: 'CITY-AG-000006',
      pages: 6,
      keptNumbers: 1,
    });
  });

  it('names what needs a look, and why nothing can be produced', () => {
    const file = fileWithRecords(
      { a: 'Text.', b: 'Other.' },
      { a: { status: 'partly-withheld' }, b: { status: 'withheld' } },
    );
    expect(previewProduction(file, false).review.map((r) => `${r.name}: ${r.why}`)).toEqual([
      'Record 1: Record a: partly withheld, but nothing in it is redacted yet',
      'Record 1: Record a: withheld in whole or part without a basis for the privilege log',
      'Record 1: Record a: answers no request yet',
      'Record 2: Record b: withheld in whole or part without a basis for the privilege log',
    ]);
    const none = fileWithRecords({ a: 'Text.' }, { a: { status: 'not-responsive' } });
    expect(previewProduction(none, false).blockers).toEqual([
      'No record is marked produced, partly withheld or withheld: set their status first.',
    ]);
  });

  it('counts a record not printed yet by its source’s pages, and says the range is an estimate', () => {
    const file = fileWithRecords({ a: 'Short text.' }, { a: { requestNumbers: ['1'] } });
    file.excerpts[0] = { ...file.excerpts[0]!, sourcePageCount: 7 };
    expect(previewProduction(file, false)).toMatchObject({
      pages: 7,
      estimated: true,
      batesLast: 'CITY-AG-000007',
    });
  });
});

describe('removeRedaction', () => {
  it('takes a redaction out of its record or of the whole production, and nothing else', () => {
    const file = {
      ...fileWithRecords({ a: 'x', b: 'y' }, { a: { redactions: [phrase('r1', 'x'), phrase('r2', 'z')] } }),
      productionRedactions: [phrase('p1', 'y')],
    };
    expect(removeRedaction(file, 'r1')!.records[0]!.redactions.map((r) => r.id)).toEqual(['r2']);
    const fromAll = removeRedaction(file, 'p1')!;
    expect(fromAll.productionRedactions).toEqual([]);
    expect(fromAll.records).toEqual(file.records);
    expect(removeRedaction(file, 'gone')).toBeNull();
  });
});
