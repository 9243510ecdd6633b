// The rule for storing a record's own page count in the matter: the letters, the index and the export all
// bind from it, so it is set once its pages are known and never changes a produced record's numbers.
import { describe, expect, it } from 'vitest';
import { recordViews } from '../../../core/records/record-views';
import { ownPagesOfSource, withCountedPages } from '../../../core/records/counted-pages';
import { fileWithRecords } from '../production/production-fixture';

const long = 'A line of retyped text that runs on.\n\n'.repeat(120);

describe('storing a whole record’s counted pages', () => {
  it('a missing count is set, and the index counts the real pages instead of the retyped text', () => {
    const file = fileWithRecords({ a: long });
    expect(recordViews(file).all[0]!.pages).toBeGreaterThan(2);
    const counted = withCountedPages(file, 'a', 2);
    expect(counted.records[0]!.printedPages).toBe(2);
    expect(recordViews(counted).all[0]!.pages).toBe(2);
    expect(file.records[0]!.printedPages).toBe(0);
  });

  it('the same count changes nothing (the very same matter, so no unsaved change)', () => {
    const file = fileWithRecords({ a: long }, { a: { printedPages: 2 } });
    expect(withCountedPages(file, 'a', 2)).toBe(file);
  });

  it('a different count replaces a stale one', () => {
    const file = fileWithRecords({ a: long }, { a: { printedPages: 4 } });
    expect(withCountedPages(file, 'a', 2).records[0]!.printedPages).toBe(2);
  });

  it('a record already produced keeps its count and its numbers', () => {
    const produced = { volume: 'DAL-AG-VOL001', first: 1, last: 3, prefix: 'DAL-AG-', digits: 6 };
    const file = fileWithRecords({ a: long }, { a: { printedPages: 3, produced } });
    expect(withCountedPages(file, 'a', 5)).toBe(file);
  });

  it('a quoted excerpt, an unknown record or a count of nothing is left alone', () => {
    const file = fileWithRecords({ a: long, b: 'B' });
    const quoted = { ...file, excerpts: file.excerpts.map((e) => ({ ...e, wholeSource: false })) };
    expect(withCountedPages(quoted, 'a', 2)).toBe(quoted);
    expect(withCountedPages(file, 'gone', 2)).toBe(file);
    expect(withCountedPages(file, 'b', 0)).toBe(file);
  });
});

describe('pages a source brings when attached whole', () => {
  it('a PDF brings its page count; a DOCX, an email or a text is counted once printed', () => {
    expect(ownPagesOfSource({ fileName: 'General Order.PDF', pageCount: 2 })).toBe(2);
    expect(ownPagesOfSource({ fileName: 'memo.docx', pageCount: 3 })).toBe(0);
    expect(ownPagesOfSource({ fileName: 'message.eml', pageCount: 1 })).toBe(0);
  });
});
