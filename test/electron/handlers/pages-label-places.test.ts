// pages:record says where each page's Bates label will be stamped, and it is where the production stamps it:
// a page whose whole bottom is taken by text gets its label top right, a page turned a quarter gets it in the
// corner the reader sees bottom right, upright. The produced PDF is read back with pdf.js to find its stamps.
import { afterAll, describe, expect, it } from 'vitest';
import { degrees, PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { contract, type ParsedRequestOf } from '../../../core/api/contract';
import { newMatterFile } from '../../../core/matter-file/matter-file';
import { newMatter } from '../../../core/matter/new-matter';
import { normalizeRotation, toSeenRect, type Rect } from '../../../core/production/page-geometry';
import { recordSchema } from '../../../core/records/record';
import { createPagesHandlers } from '../../../electron/handlers/pages-handlers';
import { LibraryService } from '../../../electron/services/library/library-service';
import { OriginalsStore } from '../../../electron/services/production/originals-store';
import { openPdf, pageRuns } from '../../../electron/services/production/pdf-reader';
import { produceRecord } from '../../../electron/services/production/produce-record';
import { tempDir, textPrinter } from '../services/production/production-support';

const ctx = { mode: 'web' as const, shell: null };
const library = new LibraryService(tempDir());
const handlers = createPagesHandlers({ library, openPrinter: async () => textPrinter() });
afterAll(() => library.shutdown());

/** Page 1: a Letter page whose bottom 40 points are full of text. Page 2: a page turned 90°, one line. */
async function crowdedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const first = doc.addPage([612, 792]);
  first.drawText('Memorandum on detainer requests', { x: 72, y: 700, size: 14, font });
  for (const y of [8, 20, 32])
    first.drawText('Footer text that runs across the whole page. '.repeat(3), { x: 4, y, size: 10, font });
  const second = doc.addPage([612, 792]);
  second.setRotation(degrees(90));
  second.drawText('A landscape table', { x: 72, y: 300, size: 12, font });
  return doc.save();
}

async function recordFile(pdf: Uint8Array) {
  const sha = await new OriginalsStore(library.dir).put(pdf, 'crowded.pdf');
  const file = newMatterFile(newMatter());
  file.excerpts.push({
    id: 'x1',
    sourceId: 's1',
    sourceSha256: sha,
    sourceTitle: 'Crowded memo',
    identifier: '',
    section: '',
    pageStart: 1,
    sourcePageCount: 0,
    pageEnd: 2,
    wholeSource: true,
    text: '',
  });
  file.records.push(recordSchema.parse({ id: 'memo', description: 'Crowded memo', excerptId: 'x1' }));
  return file;
}

/** Where the produced pages' stamps are: each label's text box and baseline, in seen coordinates. */
async function stampsIn(bytes: Uint8Array, labels: readonly string[]) {
  const produced = await PDFDocument.load(bytes);
  const reader = await openPdf(bytes);
  try {
    return await Promise.all(
      labels.map(async (label, i) => {
        const page = produced.getPage(i);
        const box: Rect = { ...page.getCropBox() };
        const rotation = normalizeRotation(page.getRotation().angle);
        const run = (await pageRuns(reader, i + 1)).find((r) => r.str === label)!;
        const [a, b, , , e, f] = run.transform as [number, number, number, number, number, number];
        const seen = (x: number, y: number) => toSeenRect(box, rotation, { x, y, width: 0, height: 0 });
        const start = seen(e, f);
        // Upright as seen: the baseline runs to the right, level.
        const along = seen(e + a, f + b);
        const upright = along.x - start.x > 0 && Math.abs(along.y - start.y) < 0.01;
        return { left: start.x, baseline: start.y, upright };
      }),
    );
  } finally {
    await reader.destroy();
  }
}

describe('the label boxes pages:record gives', () => {
  it('are where the production stamps the labels, off a crowded bottom and upright on a turned page', async () => {
    const pdf = await crowdedPdf();
    const file = await recordFile(pdf);
    const request = (known?: string) =>
      contract['pages:record'].request.parse({
        parts: file,
        recordId: 'memo',
        known,
      }) as ParsedRequestOf<'pages:record'>;
    const answer = await handlers['pages:record'](request(), ctx);
    expect(answer.labels).toEqual(['CITY-AG-000001', 'CITY-AG-000002']);
    expect(answer.labelSize).toBe(9);
    const [crowded, turned] = answer.labelBoxes as [Rect, Rect];
    // Page 1's bottom is all text: top right, 10 points from the top and 18 from the right edge.
    expect(crowded.y).toBeCloseTo(10, 1);
    expect(crowded.x + crowded.width).toBeCloseTo(612 - 18, 1);
    // Page 2 is seen 792 wide and 612 high: bottom right as seen.
    expect(turned.x + turned.width).toBeCloseTo(792 - 18, 1);
    expect(turned.y + turned.height).toBeCloseTo(612 - 10, 1);

    const produced = await produceRecord({
      name: 'Record 1',
      pdf: Buffer.from(answer.base64, 'base64'),
      prefix: 'CITY-AG-',
      digits: 6,
      first: 1,
      phrases: [],
      boxes: [],
    });
    expect(produced.labels).toEqual(answer.labels);
    const stamps = await stampsIn(produced.bytes, produced.labels);
    for (const [i, stamp] of stamps.entries()) {
      const box = answer.labelBoxes[i]!;
      // The text starts 2 points into its box; its baseline sits 2 + 0.2 × size above the box's bottom.
      expect(stamp.left).toBeCloseTo(box.x + 2, 0);
      expect(stamp.baseline).toBeCloseTo(box.y + box.height - 2 - 0.2 * answer.labelSize, 0);
      expect(stamp.upright).toBe(true);
    }

    // Asked again by a viewer that holds the PDF: no bytes, the same boxes.
    const again = await handlers['pages:record'](request(answer.sha256), ctx);
    expect(again).toMatchObject({ base64: '', labelBoxes: answer.labelBoxes });
  });
});
