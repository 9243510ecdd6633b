// Exhibit labels: A..Z, AA, AB, … (bijective base 26, as spreadsheets name columns) or 1, 2, 3.
import type { LabelStyle } from './exhibit';

/** The label of the exhibit at `index` (0-based). */
export function exhibitLabel(index: number, style: LabelStyle): string {
  if (style === 'numbers') return String(index + 1);
  let n = index + 1;
  let label = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    label = String.fromCharCode(65 + rest) + label;
    n = Math.floor((n - 1) / 26);
  }
  return label;
}

/** record id -> exhibit label for the records attached as exhibits, in list order. */
export function labelsById(
  records: readonly { id: string; exhibit: boolean }[],
  style: LabelStyle,
): Map<string, string> {
  const attached = records.filter((record) => record.exhibit);
  return new Map(attached.map((record, index) => [record.id, exhibitLabel(index, style)]));
}
