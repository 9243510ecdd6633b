// Each record's pages as a PDF, from the file it was added from (kept in the originals store by its SHA-256):
// a PDF as it is, any other file printed. Every record that cannot be produced is named, with what to do.
import { PDFDocument } from '@cantoo/pdf-lib';
import type { Excerpt } from '../../../core/excerpts/excerpt';
import type { MatterRecord } from '../../../core/records/record';
import { loadRecordPdf, RecordPdfError } from './load-record-pdf';
import type { OriginalsStore } from './originals-store';
import type { HtmlPrinter } from './printer';
import { recordPdf, RecordPagesError } from './record-pages';

export interface RecordPages {
  pdf: Uint8Array;
  pages: number;
}

/** Thrown with every record that has no pages to produce, one line each. */
export class RecordSourceError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** "record 3 (General Order 301)", as messages name a record. */
export const recordName = (record: MatterRecord, index: number, excerpt?: Excerpt): string =>
  `record ${index + 1} (${record.description || excerpt?.sourceTitle || record.id})`;

/**
 * A record that is a passage of a PDF (pages 4-5 of a general order, say) is produced as those pages of it.
 * The pages of a passage of any other file are not known until it is printed, so it goes out whole.
 */
async function excerptPages(
  pdf: Uint8Array,
  excerpt: Excerpt,
  extension: string,
  name: string,
): Promise<Uint8Array> {
  if (excerpt.wholeSource || extension !== '.pdf') return pdf;
  const source = await loadRecordPdf(pdf, name);
  const last = Math.min(excerpt.pageEnd, source.getPageCount());
  if (excerpt.pageStart === 1 && last === source.getPageCount()) return pdf;
  const part = await PDFDocument.create({ updateMetadata: false });
  const indexes = Array.from({ length: last - excerpt.pageStart + 1 }, (_u, i) => excerpt.pageStart - 1 + i);
  for (const page of await part.copyPages(source, indexes)) part.addPage(page);
  return part.save();
}

export async function recordSources(
  records: readonly { record: MatterRecord; index: number }[],
  excerpts: readonly Excerpt[],
  store: OriginalsStore,
  printer: () => Promise<HtmlPrinter>,
): Promise<Map<string, RecordPages>> {
  const byId = new Map(excerpts.map((e) => [e.id, e]));
  const out = new Map<string, RecordPages>();
  const problems: string[] = [];
  for (const { record, index } of records) {
    const excerpt = byId.get(record.excerptId);
    const name = recordName(record, index, excerpt);
    if (!excerpt) {
      problems.push(
        `${name} has no file, only a description; add its file with counsel-desk records add, or mark it withheld or not responsive.`,
      );
      continue;
    }
    const original = await store.find(excerpt.sourceSha256);
    if (!original) {
      problems.push(
        `${name}: its file (${excerpt.sourceTitle}) is not among the originals kept for producing; add the file again with counsel-desk records add.`,
      );
      continue;
    }
    try {
      const whole = await recordPdf(original, excerpt.sourceTitle, store, printer);
      const pdf = await excerptPages(whole, excerpt, original.extension, name);
      out.set(record.id, { pdf, pages: (await loadRecordPdf(pdf, name)).getPageCount() });
    } catch (error) {
      if (!(error instanceof RecordPagesError || error instanceof RecordPdfError)) throw error;
      problems.push(`${name}: ${error.message}`);
    }
  }
  if (problems.length > 0) throw new RecordSourceError(problems);
  return out;
}
