import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../../../core/template/helpers/formatters';
import type { FormatArg } from '../../../../core/template/helpers/formatters';

const records = [{ pages: 8 }, { pages: 46 }, { pages: 0 }, { description: 'paper' }];
const officials = [
  { name: 'Kimberly Bizor Tolbert', title: 'City Manager' },
  { name: 'Michael T. Igo', title: 'Interim Chief of Police' },
];

describe('numbers in words, counts and request status', () => {
  it.each<[string, unknown, FormatArg[], string]>([
    ['numberWords', 0, [], 'zero'],
    ['numberWords', '3', [], 'three'],
    ['numberWords', 9, [], 'nine'],
    ['numberWords', 10, [], '10'],
    ['numberWords', '3(a)', [], '3(a)'],
    ['countWords', 1, ['page', 'pages'], 'one page'],
    ['countWords', '2', ['record', 'records'], 'two records'],
    ['countWords', 54, ['page', 'pages'], '54 pages'],
    ['countWords', [1, 2, 3], ['copy', 'copies'], 'three copies'],
    ['totalPages', records, [], '54'],
    ['totalPages', [], [], '0'],
    [
      'joinList',
      officials,
      ['and', 'title name'],
      'City Manager Kimberly Bizor Tolbert and Interim Chief of Police Michael T. Igo',
    ],
    ['requestStatus', 'produced', [], 'The City is producing the responsive records it located.'],
    ['requestStatus', 'objection', [], 'The City objects to this request.'],
    [
      'requestStatus',
      'no-records',
      [],
      'After a diligent search, the City located no records responsive to this request.',
    ],
    ['requestStatus', 'unknown', [], ''],
  ])('%s(%j, %j) -> %s', (name, input, args, expected) => {
    expect(FORMATTERS[name]!(input, args)).toBe(expected);
  });

  it('a page total reads in words under ten when counted again', () => {
    const total = FORMATTERS.totalPages!([{ pages: 2 }, { pages: 3 }], []);
    expect(FORMATTERS.countWords!(total, ['page', 'pages'])).toBe('five pages');
  });
});
