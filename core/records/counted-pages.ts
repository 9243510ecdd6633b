// A record's own page count ("printedPages"), kept in the matter so every letter, the index, the Bates ranges
// and the export bind from one number. A PDF source attached whole knows its pages at once; a source printed
// to pages (a DOCX, an email, a text) learns them when its pages are first made (`pages:record`).
import { wholeRecord } from '../exhibits/whole-record';
import type { MatterParts } from '../matter-file/matter-file';

/** The pages a library source brings of its own when attached whole: a PDF's count; 0 (not known yet) else. */
export const ownPagesOfSource = (source: { fileName: string; pageCount: number }): number =>
  /\.pdf$/i.test(source.fileName) ? Math.max(0, source.pageCount) : 0;

/**
 * The matter with the counted pages stored on the whole record, when its count was missing or differs; the
 * very same object when nothing is to change (so no unsaved change is made). A record already produced keeps
 * its count, as it keeps its numbers; a quoted excerpt is counted by its text, so it is left alone.
 */
export function withCountedPages<T extends Pick<MatterParts, 'records' | 'excerpts'>>(
  file: T,
  recordId: string,
  count: number,
): T {
  const whole = wholeRecord(file, recordId);
  if (!whole || whole.record.produced || !Number.isInteger(count) || count < 1) return file;
  if (whole.record.printedPages === count) return file;
  return {
    ...file,
    records: file.records.map((r) => (r.id === recordId ? { ...r, printedPages: count } : r)),
  };
}
