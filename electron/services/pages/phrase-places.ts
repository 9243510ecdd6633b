// Where the production will black out each redacted phrase on a record's pages, so the viewer draws it there:
// each page's text and comments read as produce-record.ts reads them (pageFrame, pageRuns, pageAnnotations),
// the phrase found and boxed by the production's own pageRedactions and mergeBoxes, and turned into the seen
// coordinates the viewer draws in (as redacted-page.ts does). A page's text is read once per PDF (while the
// PDF is in the viewer's cache); the boxes are kept per PDF and phrases.
import { PDFDocument } from '@cantoo/pdf-lib';
import type { PhraseBox } from '../../../core/api/pages-channels';
import { toSeenRect, type Rect, type Rotation } from '../../../core/production/page-geometry';
import { mergeBoxes, pageRedactions } from '../../../core/production/page-redactions';
import { foldPhrase } from '../../../core/production/phrase-match';
import type { PhraseRedaction } from '../../../core/production/redaction';
import type { TextRun } from '../../../core/production/text-runs';
import { loadRecordPdf } from '../production/load-record-pdf';
import { pageFrame } from '../production/page-drawing';
import { openPdf, pageAnnotations, pageRuns } from '../production/pdf-reader';
import { stampFonts } from '../production/stamp-fonts';
import type { CachedPdf } from './record-pdf-cache';

interface PageText {
  number: number;
  box: Rect;
  rotation: Rotation;
  runs: TextRun[];
  annotations: { rect: Rect; text: string }[];
}

const round = (n: number) => Math.round(n * 100) / 100;

async function readText(pdf: CachedPdf, name: string): Promise<PageText[]> {
  const doc = await loadRecordPdf(pdf.bytes, name);
  const reader = await openPdf(pdf.bytes);
  try {
    const pages: PageText[] = [];
    for (const [i, page] of doc.getPages().entries()) {
      const { box, rotation } = pageFrame(page);
      const runs = await pageRuns(reader, i + 1);
      pages.push({ number: i + 1, box, rotation, runs, annotations: await pageAnnotations(reader, i + 1) });
    }
    return pages;
  } finally {
    await reader.destroy();
  }
}

export class PhrasePlaces {
  private readonly texts = new WeakMap<CachedPdf, Promise<PageText[]>>();
  private readonly kept = new Map<string, PhraseBox[][]>();
  private measures?: Promise<Parameters<typeof pageRedactions>[3]>;

  constructor(private readonly size = 8) {}

  /**
   * Each page's phrase boxes (seen coordinates, points from the top-left corner), in page order. The same
   * phrase given twice (the record's and the production's) is boxed once, with the first reason, as produced.
   */
  async boxes(pdf: CachedPdf, phrases: readonly PhraseRedaction[], name: string): Promise<PhraseBox[][]> {
    if (phrases.length === 0) return Array.from({ length: pdf.pageCount }, () => []);
    const key = `${pdf.sha256}|${JSON.stringify(phrases.map((p) => [p.phrase, p.reason]))}`;
    const kept = this.kept.get(key);
    if (kept) return kept;
    let text = this.texts.get(pdf);
    if (!text) {
      text = readText(pdf, name);
      this.texts.set(pdf, text);
      text.catch(() => this.texts.delete(pdf));
    }
    const pages = await text;
    const measures = await (this.measures ??= PDFDocument.create().then(
      async (d) => (await stampFonts(d)).measures,
    ));
    const seen = new Set<string>();
    const distinct = phrases.filter((p) => !seen.has(foldPhrase(p.phrase)) && seen.add(foldPhrase(p.phrase)));
    const boxes = pages.map((page) =>
      // One phrase at a time, so each box knows its phrase; pageRedactions and mergeBoxes place it.
      distinct.flatMap((phrase) =>
        mergeBoxes(pageRedactions(page, [phrase], [], measures).boxes).map((b) => {
          const r = toSeenRect(page.box, page.rotation, b.rect);
          const rect = { x: round(r.x), y: round(r.y), width: round(r.width), height: round(r.height) };
          return { rect, reason: b.reason, phrase: phrase.phrase };
        }),
      ),
    );
    this.kept.set(key, boxes);
    if (this.kept.size > this.size) this.kept.delete(this.kept.keys().next().value!);
    return boxes;
  }
}
