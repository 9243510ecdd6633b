// Calendar dates as the matter stores them (YYYY-MM-DD) and as a letter writes them ("March 7, 2025").
// Date math runs on UTC midnights so no time zone or daylight-saving change can shift a day.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC midnight of an ISO date, or undefined when the text is not a real calendar date. */
export function parseIsoDate(text: string): Date | undefined {
  const match = ISO.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : undefined;
}

export const toIsoDate = (date: Date): string => date.toISOString().slice(0, 10);

export const formatLegalDate = (date: Date): string =>
  `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;

const LEGAL = new RegExp(`^(${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})$`);

/** Reads "March 7, 2025" back, so a helper can take the output of another date helper. */
function parseLegalDate(text: string): Date | undefined {
  const match = LEGAL.exec(text.trim());
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[1]!) + 1;
  return parseIsoDate(`${match[3]}-${String(month).padStart(2, '0')}-${match[2]!.padStart(2, '0')}`);
}

/** Accepts either form a template may hand over: the matter's ISO date or an already formatted one. */
export const parseAnyDate = (text: string): Date | undefined => parseIsoDate(text) ?? parseLegalDate(text);

/** "2025-03-07" -> "March 7, 2025". Empty stays empty; text that is not a date is returned unchanged. */
export function legalDate(text: string): string {
  const date = parseAnyDate(text);
  return date ? formatLegalDate(date) : text;
}

export function addCalendarDays(date: Date, days: number): Date {
  const next = new Date(date.getTime());
  next.setUTCDate(next.getUTCDate() + days);
  return next;
}

/** Today's date on the computer's own calendar, as YYYY-MM-DD. `now` is injectable for tests. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
