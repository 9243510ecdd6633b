// CSV as spreadsheets read it (RFC 4180): CRLF line ends, a field quoted when it holds a comma, quote or line
// break. A field starting with = + - @ or a tab would run as a formula in Excel, so it gets a leading
// apostrophe, which Excel hides and shows as text.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The header row and one row per item, each in the columns' order; a BOM so Excel reads UTF-8. */
export function toCsv<C extends string>(columns: readonly C[], rows: readonly Record<C, string>[]): string {
  const lines = [columns, ...rows.map((row) => columns.map((c) => row[c]))].map((cells) =>
    cells.map(csvField).join(','),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
