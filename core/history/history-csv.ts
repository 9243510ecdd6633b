// The history as CSV for a spreadsheet or an auditor: one row per entry, every field in its own column,
// the fingerprints last. Cells are quoted as RFC 4180 says, and a cell that a spreadsheet would run as a
// formula (=, +, -, @ first) is written with a leading apostrophe, so opening the file runs nothing.
import { describeEntry } from './describe-entry';
import type { HistoryEntry } from './history-entry';

const HEADER = [
  'Entry',
  'Time (UTC)',
  'Author',
  'Event',
  'Description',
  'Draft',
  'Version',
  'Field',
  'Old value',
  'New value',
  'Summary',
  'Name',
  'Sent on',
  'File',
  'File SHA-256',
  'Version fingerprint',
  'Previous entry fingerprint',
  'Entry fingerprint',
];

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const row = (entry: HistoryEntry, index: number): string[] => [
  String(index + 1),
  entry.at,
  entry.author,
  entry.kind,
  describeEntry(entry),
  entry.draftTitle ?? '',
  entry.version === undefined ? '' : String(entry.version),
  entry.path ?? '',
  entry.old ?? '',
  entry.new ?? '',
  entry.summary ?? '',
  entry.name ?? '',
  entry.sentDate ?? '',
  entry.fileName ?? '',
  entry.sha256 ?? '',
  entry.contentHash ?? '',
  entry.prev ?? '',
  entry.hash ?? '',
];

/** CSV text, CRLF line ends (as spreadsheets expect), a header row first. */
export const historyCsv = (entries: readonly HistoryEntry[]): string =>
  [HEADER, ...entries.map(row)].map((cells) => cells.map(cell).join(',')).join('\r\n') + '\r\n';

/** "2025-03-12 14:05 UTC": how the history and the versions list show a time, the same on every computer. */
export function timeText(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC`;
}
