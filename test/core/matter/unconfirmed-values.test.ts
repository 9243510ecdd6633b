import { describe, expect, it } from 'vitest';
import { unconfirmedValues } from '../../../core/matter/unconfirmed-values';

describe('unconfirmedValues', () => {
  it('lists every marked value of the matter and its records by bracket path, with its first mark', () => {
    const matter = {
      inquiry: {
        referenceNumber: '[Confirm: reference number] and [Fill: more]',
        requests: [{ text: 'Produce it.' }, { answer: 'Yes [ confirm : which ones]' }],
      },
      counsel: { name: 'Jane Q. Public', barNumber: '[Fill: State Bar No.]' },
      options: { unswornDeclaration: true },
    };
    expect(
      unconfirmedValues(matter, [{ description: 'Order [Confirm: number]' }, { description: 'Log' }]),
    ).toEqual([
      { path: 'inquiry.referenceNumber', mark: '[Confirm: reference number]' },
      { path: 'inquiry.requests[1].answer', mark: '[ confirm : which ones]' },
      { path: 'counsel.barNumber', mark: '[Fill: State Bar No.]' },
      { path: 'records[0].description', mark: '[Confirm: number]' },
    ]);
  });

  it('finds nothing in a filled-in matter (brackets that are not marks are text)', () => {
    expect(unconfirmedValues({ a: '[sic]', b: ['See [1].'], c: 3 })).toEqual([]);
  });
});
