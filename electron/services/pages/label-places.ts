// Where each page's Bates label will be stamped, decided by the production's own placement
// (production/page-marks.ts: labelAvoids, labelPlace), so the viewer draws the label exactly there. What a
// page draws is read once per PDF (kept while the PDF is in the viewer's cache); placing a label is cheap.
import { PDFDocument } from '@cantoo/pdf-lib';
import type { Rect } from '../../../core/production/page-geometry';
import { loadRecordPdf } from '../production/load-record-pdf';
import { pageFrame } from '../production/page-drawing';
import { labelAvoids, labelPlace } from '../production/page-marks';
import { openPdf, pageRuns } from '../production/pdf-reader';
import { stampFonts } from '../production/stamp-fonts';
import type { CachedPdf } from './record-pdf-cache';

interface PageSpots {
  seen: { width: number; height: number };
  /** Where the page draws, seen coordinates. */
  avoid: Rect[];
}

const round = (n: number) => Math.round(n * 100) / 100;

async function readSpots(pdf: CachedPdf, name: string): Promise<PageSpots[]> {
  const doc = await loadRecordPdf(pdf.bytes, name);
  let reader: Awaited<ReturnType<typeof openPdf>> | undefined;
  try {
    const spots: PageSpots[] = [];
    for (const [i, page] of doc.getPages().entries()) {
      const frame = pageFrame(page);
      const avoid = await labelAvoids(page, frame, [], async () =>
        pageRuns((reader ??= await openPdf(pdf.bytes)), i + 1),
      );
      spots.push({ seen: frame.seen, avoid });
    }
    return spots;
  } finally {
    await reader?.destroy();
  }
}

export class LabelPlaces {
  private readonly spots = new WeakMap<CachedPdf, Promise<PageSpots[]>>();
  private font?: ReturnType<typeof stampFonts>;

  /** Each label's box (seen coordinates, points from the top-left corner), page by page. */
  async boxes(pdf: CachedPdf, labels: readonly string[], name: string): Promise<Rect[]> {
    if (labels.length === 0) return [];
    let spots = this.spots.get(pdf);
    if (!spots) {
      spots = readSpots(pdf, name);
      this.spots.set(pdf, spots);
      spots.catch(() => this.spots.delete(pdf));
    }
    const pages = await spots;
    const font = (await (this.font ??= PDFDocument.create().then(stampFonts))).label;
    return labels.map((label, i) => {
      const page = pages[i]!;
      const { x, y, width, height } = labelPlace(page.seen, label, font, page.avoid).rect;
      return { x: round(x), y: round(y), width: round(width), height: round(height) };
    });
  }
}
