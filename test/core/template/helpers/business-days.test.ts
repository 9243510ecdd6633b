import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../../../core/template/helpers/formatters';
import { texasHolidays } from '../../../../core/template/helpers/texas-holidays';

const after = (date: string, days: number) => FORMATTERS.businessDaysAfter!(date, [days]);

describe('businessDaysAfter', () => {
  it.each([
    ['2025-03-07', 10, 'March 21, 2025', 'two plain weeks (César Chávez Day is optional and not skipped)'],
    ['2025-04-17', 3, 'April 23, 2025', 'San Jacinto Day'],
    ['2025-12-23', 1, 'December 29, 2025', 'Christmas Eve, Christmas, the day after, a weekend'],
    ['2025-11-26', 1, 'December 1, 2025', 'Thanksgiving and the day after'],
    ['2026-01-16', 1, 'January 20, 2026', 'MLK Day and Confederate Heroes Day on the same Monday'],
    ['2026-07-02', 1, 'July 3, 2026', 'July 4 on a Saturday is not moved to Friday'],
    ['2025-05-23', 1, 'May 27, 2025', 'Memorial Day'],
    ['2025-11-10', 1, 'November 12, 2025', 'Veterans Day'],
    ['2025-06-18', 1, 'June 20, 2025', 'Emancipation Day (Juneteenth)'],
    ['2025-08-26', 1, 'August 28, 2025', 'LBJ Day'],
    ['2025-03-07', 0, 'March 7, 2025', 'zero days is the day itself'],
    ['2025-03-10', -1, 'March 7, 2025', 'negative counts go back'],
    ['March 7, 2025', 10, 'March 21, 2025', 'a date already in legal style'],
    ['', 10, '', 'no date yet'],
  ])('%s + %i business days -> %s (%s)', (date, days, expected) => {
    expect(after(date, days)).toBe(expected);
  });
});

describe('texasHolidays', () => {
  const y2025 = texasHolidays(2025);
  it.each([
    '2025-01-01',
    '2025-01-20',
    '2025-02-17',
    '2025-03-02',
    '2025-05-26',
    '2025-09-01',
    '2025-11-27',
    '2025-11-28',
    '2025-12-26',
  ])('2025 includes %s', (date) => expect(y2025.has(date)).toBe(true));
  it('leaves the optional César Chávez Day out unless asked', () => {
    expect(y2025.has('2025-03-31')).toBe(false);
    expect(texasHolidays(2025, true).has('2025-03-31')).toBe(true);
  });
});
