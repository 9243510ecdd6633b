// The page viewer's Node side: a record's pages as it will be produced (its PDF's pages, or its file printed)
// with its planned Bates labels, a library source's own PDF, and a drawn box checked against the record's real
// pages before it joins the matter (core/production/add-redaction.ts). Printed pages are kept by content hash.
import type { BoxAdded, RecordPagesView, SourcePagesView } from '../../../core/api/pages-channels';
import { DeskError } from '../../../core/api/result';
import type { Excerpt } from '../../../core/excerpts/excerpt';
import type { PhraseRedaction } from '../../../core/production/redaction';
import type { MatterRecord } from '../../../core/records/record';
import { loadRecordPdf, RecordPdfError } from '../production/load-record-pdf';
import { OriginalsStore } from '../production/originals-store';
import { LABEL_SIZE } from '../production/page-marks';
import { PrinterUnavailableError, type HtmlPrinter } from '../production/printer';
import { recordPdf, RecordPagesError } from '../production/record-pages';
import { recordSources, RecordSourceError } from '../production/record-sources';
import { boxOnPage, type BoxParts, type BoxWanted } from './box-on-page';
import { LabelPlaces } from './label-places';
import { PhrasePlaces } from './phrase-places';
import { plannedLabels, type LabelParts } from './planned-labels';
import { forViewer, RecordPdfCache } from './record-pdf-cache';

/** The production's own failures as messages the viewer shows; anything else is left as it is. */
function asDeskError(error: unknown): unknown {
  if (error instanceof RecordSourceError) return new DeskError('not-found', error.problems.join(' '));
  if (error instanceof RecordPagesError || error instanceof RecordPdfError)
    return new DeskError('invalid-file', error.message);
  if (error instanceof PrinterUnavailableError) return new DeskError('io-error', error.message);
  return error;
}

const recordIndex = (records: readonly MatterRecord[], id: string): number => {
  const index = records.findIndex((r) => r.id === id);
  if (index < 0)
    throw new DeskError('not-found', 'That record is no longer in the matter; it may have been deleted.');
  return index;
};

export class PagesService {
  private readonly store: OriginalsStore;
  private readonly cache = new RecordPdfCache();
  private readonly places = new LabelPlaces();
  private readonly phrasePlaces = new PhrasePlaces();

  constructor(
    libraryDir: string,
    private readonly printer: () => Promise<HtmlPrinter>,
  ) {
    this.store = new OriginalsStore(libraryDir);
  }

  /** The record's pages as a PDF, from the cache when the same file and pages were shown before. */
  private async recordPdf(record: MatterRecord, index: number, excerpts: readonly Excerpt[]) {
    const excerpt = excerpts.find((e) => e.id === record.excerptId);
    const key = excerpt
      ? `${excerpt.sourceSha256}:${excerpt.wholeSource ? 'all' : `${excerpt.pageStart}-${excerpt.pageEnd}`}`
      : `record:${record.id}`;
    // Pages made from a kept original are shown only while it is still kept: the export and the production
    // cannot use a file that has gone, and the viewer must not pretend they can.
    if (excerpt && !(await this.store.has(excerpt.sourceSha256))) this.cache.forget(key);
    try {
      return await this.cache.get(key, async () => {
        const pages = await recordSources([{ record, index }], excerpts, this.store, this.printer);
        return pages.get(record.id)!;
      });
    } catch (error) {
      throw asDeskError(error);
    }
  }

  async recordPages(
    parts: LabelParts,
    recordId: string,
    known?: string,
    everywhere: readonly PhraseRedaction[] = [],
  ): Promise<RecordPagesView> {
    const index = recordIndex(parts.records, recordId);
    const record = parts.records[index]!;
    const pdf = await this.recordPdf(record, index, parts.excerpts);
    const { labels, note } = await plannedLabels(parts, index, pdf.pageCount, async (record, i) => {
      if (record.printedPages > 0) return record.printedPages;
      // A record whose pages cannot be had counts as one page, as the letters count a paper record.
      return this.recordPdf(record, i, parts.excerpts).then(
        (p) => p.pageCount,
        () => Math.max(record.pages, 1),
      );
    });
    const labelBoxes = await this.places
      .boxes(pdf, labels, `record ${index + 1}`)
      .catch((error: unknown) => Promise.reject(asDeskError(error)));
    // The phrases as the production gives them: the record's own first, then the matter's.
    const phrases = [...record.redactions.filter((r) => r.kind === 'phrase'), ...everywhere];
    const phraseBoxes = await this.phrasePlaces
      .boxes(pdf, phrases, `record ${index + 1}`)
      .catch((error: unknown) => Promise.reject(asDeskError(error)));
    return { ...forViewer(pdf, known), labels, labelBoxes, labelSize: LABEL_SIZE, note, phraseBoxes };
  }

  async sourcePages(source: { sha256: string; title: string }, known?: string): Promise<SourcePagesView> {
    const original = await this.store.find(source.sha256);
    if (!original)
      throw new DeskError(
        'not-found',
        `The file of "${source.title}" is not kept beside the library (it was imported before Counsel Desk kept files), so its pages cannot be shown; import the file again.`,
      );
    try {
      const pdf = await this.cache.get(`${original.sha256}:all`, async () => {
        const bytes = await recordPdf(original, source.title, this.store, this.printer);
        return { pdf: bytes, pages: (await loadRecordPdf(bytes, `"${source.title}"`)).getPageCount() };
      });
      return { ...forViewer(pdf, known), printed: original.extension !== '.pdf' };
    } catch (error) {
      throw asDeskError(error);
    }
  }

  /** Bytes [begin, end) of a PDF the viewer was given lately (a large one is read by ranges). */
  range(sha256: string, begin: number, end: number): string {
    const bytes = this.cache.bySha256(sha256);
    if (!bytes)
      throw new DeskError(
        'not-found',
        'These pages are no longer at hand (other records were shown since, or the app restarted); close them and open them again.',
      );
    if (begin >= bytes.length)
      throw new DeskError(
        'bad-request',
        `The PDF has ${bytes.length} bytes; there is nothing from byte ${begin}.`,
      );
    return Buffer.from(bytes.subarray(begin, Math.min(end, bytes.length))).toString('base64');
  }

  async addBox(parts: BoxParts, wanted: BoxWanted, newId: () => string): Promise<BoxAdded> {
    const index = recordIndex(parts.records, wanted.recordId);
    const record = parts.records[index]!;
    const pdf = await this.recordPdf(record, index, parts.excerpts);
    const pdfDoc = await loadRecordPdf(pdf.bytes, `record ${index + 1}`).catch((e: unknown) => {
      throw asDeskError(e);
    });
    const outcome = boxOnPage(parts, index, pdfDoc, wanted, newId);
    if ('problem' in outcome) throw new DeskError('bad-request', outcome.problem);
    return outcome;
  }
}
