import { describe, expect, it } from 'vitest';
import { pageCountLabel, pageNumbersNote } from '../../../core/library/page-note';

describe('what the source details say about page numbers', () => {
  it('says when page numbers are estimated, and nothing when the file records them', () => {
    const laidOut = [
      { page: 1, start: 0, end: 10 },
      { page: 2, start: 10, end: 20 },
    ];
    const estimated = laidOut.map((p) => ({ ...p, estimated: true }));
    expect(pageCountLabel(2, laidOut)).toBe('2 pages');
    expect(pageCountLabel(2, estimated)).toBe('2 pages (estimated)');
    expect(pageCountLabel(1, [{ page: 1, start: 0, end: 10 }])).toBe('1 page');
    expect(pageNumbersNote(laidOut)).toBe('');
    expect(pageNumbersNote(estimated)).toMatch(/^Page numbers are estimated: the file does not record/);
  });
});
