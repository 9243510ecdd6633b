// Bates numbering of exhibit pages: prefix + zero-padded number (CITY-AG-000001), numbered consecutively
// through the exhibits in their order.
import type { BatesSettings } from './exhibit';

export function formatBates(settings: Pick<BatesSettings, 'prefix' | 'digits'>, number: number): string {
  return `${settings.prefix}${String(number).padStart(settings.digits, '0')}`;
}

export interface PageRange {
  first: number;
  last: number;
}

/** Consecutive page ranges for exhibits of the given page counts, starting at `start`. */
export function batesRanges(pageCounts: readonly number[], start: number): PageRange[] {
  let next = start;
  return pageCounts.map((count) => {
    const range = { first: next, last: next + Math.max(count, 1) - 1 };
    next = range.last + 1;
    return range;
  });
}

export function formatBatesRange(
  settings: Pick<BatesSettings, 'prefix' | 'digits'>,
  range: PageRange,
): string {
  const first = formatBates(settings, range.first);
  return range.last > range.first ? `${first} – ${formatBates(settings, range.last)}` : first;
}
