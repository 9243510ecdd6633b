import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../../../core/template/helpers/formatters';
import type { FormatArg } from '../../../../core/template/helpers/formatters';

const people = [{ name: 'Ana' }, { name: 'Ben' }, { name: '' }, { name: 'Cy' }];

describe('format helpers', () => {
  it.each<[string, unknown, FormatArg[], string]>([
    ['legalDate', '2025-03-07', [], 'March 7, 2025'],
    ['legalDate', '2024-02-29', [], 'February 29, 2024'],
    ['legalDate', '2025-02-30', [], '2025-02-30'],
    ['legalDate', '', [], ''],
    ['addDays', '2025-03-07', [30], 'April 6, 2025'],
    ['addDays', '2024-12-31', [1], 'January 1, 2025'],
    ['ordinal', '1', [], '1st'],
    ['ordinal', 2, [], '2nd'],
    ['ordinal', '3', [], '3rd'],
    ['ordinal', '11', [], '11th'],
    ['ordinal', '112', [], '112th'],
    ['ordinal', '21', [], '21st'],
    ['ordinal', '3(a)', [], '3(a)'],
    ['joinList', people.slice(0, 1), [], 'Ana'],
    ['joinList', people.slice(0, 2), [], 'Ana and Ben'],
    ['joinList', people, [], 'Ana, Ben, and Cy'],
    ['joinList', people, ['or'], 'Ana, Ben, or Cy'],
    ['joinList', [{ number: '1' }, { number: '2' }, { number: '3' }], ['and', 'number'], '1, 2, and 3'],
    ['joinList', [], [], ''],
    ['plural', 1, ['record', 'records'], '1 record'],
    ['plural', 3, ['record', 'records'], '3 records'],
    ['plural', 0, ['copy', 'copies'], '0 copies'],
    ['plural', [1, 2], ['page'], '2 pages'],
    ['cite', '752.053', [], '§\u00A0752.053'],
    ['cite', '752.053', ['752.055'], '§§\u00A0752.053, 752.055'],
    ['cite', '§ 552.101', [], '§\u00A0552.101'],
    ['cite', '552.101-.107', [], '§§\u00A0552.101\u2011.107'],
    ['cite', '552.101', ['552.103 \u2013 .108'], '§§\u00A0552.101, 552.103\u2011.108'],
    ['upper', 'City of Dallas', [], 'CITY OF DALLAS'],
    ['lower', 'City of Dallas', [], 'city of dallas'],
    ['titleCase', 'office of the attorney general', [], 'Office of the Attorney General'],
    ['default', '', ['[Fill in]'], '[Fill in]'],
    ['default', 'Dallas', ['[Fill in]'], 'Dallas'],
  ])('%s(%j, %j) -> %s', (name, input, args, expected) => {
    expect(FORMATTERS[name]!(input, args)).toBe(expected);
  });
});
