// Texas state holidays (Gov't Code § 662.003) for counting business days toward a deadline.
//
// The list is a constant so an office can adjust it to its own practice. Rules used:
// - Holidays on a Saturday or Sunday are NOT moved to a weekday. Texas state agencies do not observe a
//   substitute day for state or national holidays that fall on a weekend (the appropriations act's holiday
//   provisions); we believe this is right but have not confirmed it against the current act, so it is
//   the switch OBSERVE_WEEKEND_SUBSTITUTES below rather than buried in the code.
// - "Optional" holidays (§ 662.003(c): César Chávez Day, Good Friday, Rosh Hashanah, Yom Kippur) are days
//   an employee may take off while offices stay open, so by default they do not delay a deadline. Only
//   César Chávez Day (March 31) has a fixed date and is listed; the others move with religious calendars.

export interface FixedHoliday {
  name: string;
  month: number;
  day: number;
  /** An optional holiday: offices stay open, so it counts as a business day unless asked otherwise. */
  optional?: boolean;
}

export type WeekdayRule = {
  name: string;
  month: number;
  weekday: number;
  nth: number | 'last';
  plusDays?: number;
};

export const TEXAS_FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { name: "New Year's Day", month: 1, day: 1 },
  { name: 'Confederate Heroes Day', month: 1, day: 19 },
  { name: 'Texas Independence Day', month: 3, day: 2 },
  { name: 'César Chávez Day', month: 3, day: 31, optional: true },
  { name: 'San Jacinto Day', month: 4, day: 21 },
  { name: 'Emancipation Day in Texas (Juneteenth)', month: 6, day: 19 },
  { name: 'Independence Day', month: 7, day: 4 },
  { name: 'Lyndon Baines Johnson Day', month: 8, day: 27 },
  { name: 'Veterans Day', month: 11, day: 11 },
  { name: 'Christmas Eve', month: 12, day: 24 },
  { name: 'Christmas Day', month: 12, day: 25 },
  { name: 'Day after Christmas', month: 12, day: 26 },
];

/** National holidays that fall on a set weekday (weekday: 0 Sunday … 6 Saturday). */
export const TEXAS_WEEKDAY_HOLIDAYS: readonly WeekdayRule[] = [
  { name: 'Martin Luther King, Jr., Day', month: 1, weekday: 1, nth: 3 },
  { name: "Presidents' Day", month: 2, weekday: 1, nth: 3 },
  { name: 'Memorial Day', month: 5, weekday: 1, nth: 'last' },
  { name: 'Labor Day', month: 9, weekday: 1, nth: 1 },
  { name: 'Thanksgiving Day', month: 11, weekday: 4, nth: 4 },
  { name: 'Day after Thanksgiving', month: 11, weekday: 4, nth: 4, plusDays: 1 },
];

/** See the file comment: false means a weekend holiday is simply not observed on another day. */
export const OBSERVE_WEEKEND_SUBSTITUTES = false;

function nthWeekday(year: number, rule: WeekdayRule): Date {
  if (rule.nth === 'last') {
    const last = new Date(Date.UTC(year, rule.month, 0));
    last.setUTCDate(last.getUTCDate() - ((last.getUTCDay() - rule.weekday + 7) % 7));
    return last;
  }
  const first = new Date(Date.UTC(year, rule.month - 1, 1));
  const offset = (rule.weekday - first.getUTCDay() + 7) % 7;
  return new Date(Date.UTC(year, rule.month - 1, 1 + offset + (rule.nth - 1) * 7 + (rule.plusDays ?? 0)));
}

function substitute(date: Date): Date {
  const day = date.getUTCDay();
  if (!OBSERVE_WEEKEND_SUBSTITUTES || (day !== 0 && day !== 6)) return date;
  return new Date(date.getTime() + (day === 6 ? -1 : 1) * 86_400_000);
}

const cache = new Map<string, ReadonlySet<string>>();

/** The holiday dates (YYYY-MM-DD) state offices close for in a year. */
export function texasHolidays(year: number, includeOptional = false): ReadonlySet<string> {
  const key = `${year}:${includeOptional}`;
  const known = cache.get(key);
  if (known) return known;
  const dates = new Set<string>();
  for (const holiday of TEXAS_FIXED_HOLIDAYS) {
    if (holiday.optional && !includeOptional) continue;
    dates.add(
      substitute(new Date(Date.UTC(year, holiday.month - 1, holiday.day)))
        .toISOString()
        .slice(0, 10),
    );
  }
  for (const rule of TEXAS_WEEKDAY_HOLIDAYS) dates.add(nthWeekday(year, rule).toISOString().slice(0, 10));
  cache.set(key, dates);
  return dates;
}
