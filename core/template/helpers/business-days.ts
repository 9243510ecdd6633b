// Deadlines counted in business days: weekends and Texas state holidays do not count.
import { addCalendarDays, toIsoDate } from './legal-date';
import { texasHolidays } from './texas-holidays';

export const isBusinessDay = (date: Date, includeOptional = false): boolean => {
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !texasHolidays(date.getUTCFullYear(), includeOptional).has(toIsoDate(date));
};

/**
 * The date `count` business days after `start` (the start day itself never counts, as with a deadline
 * "ten business days after receipt"). A negative count goes back; zero returns the start date.
 */
export function addBusinessDays(start: Date, count: number, includeOptional = false): Date {
  const step = count < 0 ? -1 : 1;
  let remaining = Math.abs(Math.trunc(count));
  let current = start;
  while (remaining > 0) {
    current = addCalendarDays(current, step);
    if (isBusinessDay(current, includeOptional)) remaining -= 1;
  }
  return current;
}
