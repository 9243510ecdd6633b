// Helpers that format one matter value. Each is a pure function of the value and literal arguments, so the
// same table serves template rendering and the editor's cheap refresh of linked fields (no Handlebars).
import { addBusinessDays } from './business-days';
import { addCalendarDays, formatLegalDate, legalDate, parseAnyDate } from './legal-date';
import { countWords, numberWords, totalPages } from './number-words';
import { requestStatus } from './request-status';
import { cite, joinList, ordinal, plural, titleCase } from './text-helpers';

export type FormatArg = string | number | boolean | null;
type Formatter = (input: unknown, args: readonly FormatArg[]) => string;

/** A value in words: numbers as written, booleans as Yes/No, absent as empty. */
export function plainText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') return '';
  return String(value);
}

const argText = (arg: FormatArg | undefined, fallback: string): string =>
  arg === undefined || arg === null ? fallback : String(arg);

const argNumber = (arg: FormatArg | undefined): number => {
  const n = Number(arg);
  return Number.isFinite(n) ? Math.trunc(n) : 0;
};

function shiftDate(input: unknown, shift: (date: Date) => Date): string {
  const date = parseAnyDate(plainText(input));
  return date ? formatLegalDate(shift(date)) : '';
}

// A key of several words ("title name") joins those fields with a space: "City Manager Kimberly Bizor Tolbert".
const itemText = (item: unknown, key: string | undefined): string => {
  if (item === null || typeof item !== 'object') return plainText(item);
  const record = item as Record<string, unknown>;
  if (!key) return plainText(record.name ?? record.text ?? record.description);
  return key
    .split(/\s+/)
    .map((part) => plainText(record[part]).trim())
    .filter((part) => part !== '')
    .join(' ');
};

/** A list counts its items; anything else is read as a whole number. */
const countOf = (input: unknown): number =>
  Array.isArray(input) ? input.length : argNumber(plainText(input) as FormatArg);

export const FORMATTERS: Record<string, Formatter> = {
  legalDate: (input) => legalDate(plainText(input)),
  businessDaysAfter: (input, [days]) => shiftDate(input, (d) => addBusinessDays(d, argNumber(days))),
  addDays: (input, [days]) => shiftDate(input, (d) => addCalendarDays(d, argNumber(days))),
  ordinal: (input) => ordinal(plainText(input)),
  joinList: (input, [conjunction, key]) =>
    Array.isArray(input)
      ? joinList(
          input.map((item) => itemText(item, key === undefined || key === null ? undefined : String(key))),
          argText(conjunction, 'and'),
        )
      : plainText(input),
  // A list counts its entries, so `plural response.produced "record" "records"` stays linked to the list.
  plural: (input, [singular, pluralForm]) =>
    plural(
      Array.isArray(input) ? input.length : argNumber(plainText(input) as FormatArg),
      argText(singular, ''),
      pluralForm === undefined || pluralForm === null ? undefined : String(pluralForm),
    ).trim(),
  numberWords: (input) => numberWords(plainText(input)),
  countWords: (input, [singular, pluralForm]) =>
    countWords(
      countOf(input),
      argText(singular, ''),
      pluralForm === undefined || pluralForm === null ? undefined : String(pluralForm),
    ).trim(),
  totalPages: (input) => (Array.isArray(input) ? String(totalPages(input)) : plainText(input)),
  requestStatus: (input) => requestStatus(plainText(input)),
  cite: (input, rest) => cite([plainText(input), ...rest.map((arg) => argText(arg, ''))]),
  upper: (input) => plainText(input).toUpperCase(),
  lower: (input) => plainText(input).toLowerCase(),
  titleCase: (input) => titleCase(plainText(input)),
  default: (input, [fallback]) => {
    const text = Array.isArray(input) ? (input.length ? String(input.length) : '') : plainText(input);
    return text.trim() === '' ? argText(fallback, '') : text;
  },
};

export const isFormatter = (name: string): boolean => Object.prototype.hasOwnProperty.call(FORMATTERS, name);
