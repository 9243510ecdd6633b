// One record as it goes into the volume: its pages in order, each page with a redaction cleaned of the text
// under its boxes (redaction/clean-page.ts) and covered, or, when it cannot be cleaned with certainty (or
// `asPictures` says so), replaced by a picture of itself with the boxes burned in (redacted-page.ts); the
// reasons printed; every page stamped with its Bates number where no text is (bottom right when free).
import { PDFDocument } from '@cantoo/pdf-lib';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { formatBates } from '../../../core/exhibits/bates';
import type { Rect } from '../../../core/production/page-geometry';
import { pageRedactions } from '../../../core/production/page-redactions';
import type { BoxRedaction, PhraseRedaction } from '../../../core/production/redaction';
import { loadRecordPdf, RecordPdfError } from './load-record-pdf';
import { markedAsOurs, pageFrame } from './page-drawing';
import { labelAvoids, stampLabel } from './page-marks';
import { openPdf, pageAnnotations, pageRuns } from './pdf-reader';
import { cleanPage } from './redaction/clean-page';
import { coverRedactions, redactedPage } from './redacted-page';
import { stampFonts } from './stamp-fonts';

export interface RecordInput {
  /** How messages name the record ("Record 3, General Order 301"). */
  name: string;
  pdf: Uint8Array;
  prefix: string;
  digits: number;
  first: number;
  phrases: readonly PhraseRedaction[];
  boxes: readonly BoxRedaction[];
  /** Pages (from 1) to produce as pictures even if they could be cleaned. */
  asPictures?: ReadonlySet<number>;
}

export interface RecordOutput {
  bytes: Uint8Array;
  /** The Bates number of each page, in order. */
  labels: string[];
  /** Pages (from 1) that carry a redaction. */
  redactedPages: number[];
  /** Of those, the pages produced as pictures, each with why it could not be cleaned. */
  imagePages: number[];
  pictureReasons: Map<number, string>;
  /** The pages cleaned of the text under their boxes, with the boxes (page space), for the check after. */
  cleaned: Map<number, Rect[]>;
  /** The reasons printed on those pages, once each. */
  reasons: string[];
  /** How often each phrase redaction (by id) was found in the record. */
  found: Map<string, number>;
}

export async function produceRecord(input: RecordInput): Promise<RecordOutput> {
  const source = await loadRecordPdf(input.pdf, input.name);
  const count = source.getPageCount();
  const outside = input.boxes.find((b) => b.page > count);
  if (outside)
    throw new RecordPdfError(
      `${input.name} has ${count} page${count === 1 ? '' : 's'}, but a box is drawn on its page ${outside.page}; remove that redaction or draw it again.`,
    );
  // pdf.js is opened only when a page must be searched for a phrase or drawn as a picture.
  const needsText = input.phrases.length > 0;
  let reader: PDFDocumentProxy | undefined;
  const pdfjs = async () => (reader ??= await openPdf(input.pdf));
  try {
    const out = await PDFDocument.create({ updateMetadata: false });
    const fonts = await stampFonts(out);
    const found = new Map<string, number>();
    const plans = [];
    for (let n = 1; n <= count; n++) {
      const sourcePage = source.getPage(n - 1);
      const frame = pageFrame(sourcePage);
      const runs = needsText ? await pageRuns(await pdfjs(), n) : [];
      const annotations = needsText ? await pageAnnotations(await pdfjs(), n) : [];
      const page = { number: n, ...frame, runs, annotations };
      const { boxes, found: hits } = pageRedactions(page, input.phrases, input.boxes, fonts.measures);
      for (const [id, times] of hits) found.set(id, (found.get(id) ?? 0) + times);
      // Where the page draws (text and pictures), to keep the label off it.
      const text = await labelAvoids(sourcePage, frame, runs, async () =>
        needsText ? runs : pageRuns(await pdfjs(), n),
      );
      const cleaning =
        boxes.length === 0
          ? undefined
          : input.asPictures?.has(n)
            ? { problem: 'text under a box could still be read after it was cleaned' }
            : cleanPage(
                sourcePage,
                boxes.map((b) => b.rect),
              );
      plans.push({
        n,
        frame,
        boxes,
        text,
        problem: cleaning && 'problem' in cleaning ? cleaning.problem : '',
      });
    }
    const kept = plans.filter((p) => !p.problem).map((p) => p.n - 1);
    const copies = new Map((await out.copyPages(source, kept)).map((page, i) => [kept[i]!, page]));
    const labels: string[] = [];
    const imagePages: number[] = [];
    const pictureReasons = new Map<number, string>();
    const cleaned = new Map<number, Rect[]>();
    const reasons = new Set<string>();
    for (const plan of plans) {
      const label = formatBates(input, input.first + plan.n - 1);
      labels.push(label);
      const copied = copies.get(plan.n - 1);
      const page = copied
        ? out.addPage(copied)
        : await redactedPage(out, await pdfjs(), plan.n, plan.frame, plan.boxes, fonts, plan.text);
      plan.boxes.forEach((b) => reasons.add(b.reason));
      if (!copied) {
        imagePages.push(plan.n);
        pictureReasons.set(plan.n, plan.problem);
      } else if (plan.boxes.length > 0) {
        coverRedactions(page, plan.frame, plan.boxes, fonts, plan.text);
        cleaned.set(
          plan.n,
          plan.boxes.map((b) => b.rect),
        );
      }
      markedAsOurs(page, () => stampLabel(page, pageFrame(page), label, fonts, plan.text));
    }
    out.setTitle(labels.length > 1 ? `${labels[0]} – ${labels.at(-1)}` : labels[0]!);
    out.setProducer('Counsel Desk');
    out.setCreator('Counsel Desk');
    const redactedPages = plans.filter((p) => p.boxes.length > 0).map((p) => p.n);
    const bytes = await out.save();
    return {
      bytes,
      labels,
      redactedPages,
      imagePages,
      pictureReasons,
      cleaned,
      reasons: [...reasons],
      found,
    };
  } finally {
    await reader?.destroy();
  }
}
