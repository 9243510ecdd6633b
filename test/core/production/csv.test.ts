import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../core/production/csv';

describe('CSV for spreadsheets', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('%j is written %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('starts with a byte order mark and ends rows with CRLF', () => {
    const csv = toCsv(['A', 'B'] as const, [{ A: '1', B: 'x, y' }]);
    expect(csv).toBe('\uFEFFA,B\r\n1,"x, y"\r\n');
  });
});
