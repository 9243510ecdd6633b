// The history as CSV opens in a spreadsheet as written: one row per entry, commas and quotes and line breaks
// kept inside their cell, and nothing a spreadsheet would run as a formula.
import { describe, expect, it } from 'vitest';
import { historyCsv, timeText } from '../../../core/history/history-csv';
import type { HistoryEntry } from '../../../core/history/history-entry';

const entry = (extra: Partial<HistoryEntry>): HistoryEntry => ({
  id: 'e1',
  kind: 'value-changed',
  at: '2025-03-12T14:05:09.000Z',
  author: 'jdoe',
  ...extra,
});

describe('the history as CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    const csv = historyCsv([
      entry({ path: 'respondent.city', old: 'Dallas, Texas', new: '=HYPERLINK("http://x")' }),
      entry({ id: 'e2', path: 'inquiry.requests[0].text', old: 'Line one\nline two', new: '-5' }),
    ]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(
      /^Entry,Time \(UTC\),Author,Event,Description,Draft,Version,Field,Old value,New value,/,
    );
    expect(lines[1]).toContain(`,respondent.city,"Dallas, Texas","'=HYPERLINK(""http://x"")",`);
    expect(csv).toContain(`,"Line one\nline two",'-5,`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('shows times the same on every computer', () => {
    expect(timeText('2025-03-12T14:05:09.000Z')).toBe('2025-03-12 14:05 UTC');
    expect(timeText('not a time')).toBe('not a time');
  });
});
