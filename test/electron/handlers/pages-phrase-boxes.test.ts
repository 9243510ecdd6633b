// pages:record says where the production will black out each redacted phrase, page by page, so the viewer
// shows a name that will be redacted as redacted: the matter's phrases (productionRedactions) and the record's
// own, boxed over the phrase's text as pdf.js reads it, in seen coordinates, once when given twice.
import { afterAll, describe, expect, it } from 'vitest';
import { contract, type ParsedRequestOf } from '../../../core/api/contract';
import { newMatterFile } from '../../../core/matter-file/matter-file';
import { newMatter } from '../../../core/matter/new-matter';
import { recordSchema } from '../../../core/records/record';
import { createPagesHandlers } from '../../../electron/handlers/pages-handlers';
import { LibraryService } from '../../../electron/services/library/library-service';
import { OriginalsStore } from '../../../electron/services/production/originals-store';
import { openPdf, pageRuns } from '../../../electron/services/production/pdf-reader';
import { fixture, tempDir, textPrinter } from '../services/production/production-support';

const ctx = { mode: 'web' as const, shell: null };
const library = new LibraryService(tempDir());
const handlers = createPagesHandlers({ library, openPrinter: async () => textPrinter() });
afterAll(() => library.shutdown());

const REASON = "Tex. Gov't Code § 552.101 (informer's privilege)";
const memoBytes = fixture('detainer-memo-libreoffice.pdf');

/** The two-page detainer memo as a record; "immigration status" is on its page 1 only ("Maria Delgado" is on both). */
async function memoRecordPages(redactions: unknown[], productionRedactions?: unknown[]) {
  const sha = await new OriginalsStore(library.dir).put(memoBytes, 'memo.pdf');
  const file = newMatterFile(newMatter());
  file.excerpts.push({
    id: 'xm',
    sourceId: 'xm',
    sourceSha256: sha,
    sourceTitle: 'Detainer memo',
    identifier: '',
    section: '',
    pageStart: 1,
    sourcePageCount: 0,
    pageEnd: 1,
    wholeSource: true,
    text: 'Detainer memo',
  });
  file.records.push(
    recordSchema.parse({ id: 'memo', description: 'Detainer memo', excerptId: 'xm', redactions }),
  );
  const request = contract['pages:record'].request.parse({
    parts: file,
    recordId: 'memo',
    productionRedactions,
  }) as ParsedRequestOf<'pages:record'>;
  return handlers['pages:record'](request, ctx);
}

/** Where pdf.js says the line holding "immigration status" is on page 1, seen from the top-left corner. */
async function statusLine() {
  const pdf = await openPdf(memoBytes);
  const page = await pdf.getPage(1);
  const height = page.getViewport({ scale: 1 }).height;
  const run = (await pageRuns(pdf, 1)).find((r) => r.str.includes('immigration status'))!;
  await pdf.destroy();
  const [size, , , , x, baseline] = run.transform as [number, number, number, number, number, number];
  const before = run.str.indexOf('immigration status') / run.str.length;
  return { left: x + run.width * before, size, baseline: height - baseline, lineWidth: run.width };
}

describe('redacted phrases on a record’s pages in the viewer', () => {
  it('boxes a phrase of the matter only on the page that has it, over its text', async () => {
    const pages = await memoRecordPages(
      [],
      [{ id: 'p1', kind: 'phrase', phrase: 'immigration status', reason: REASON }],
    );
    expect(pages.phraseBoxes).toHaveLength(2);
    expect(pages.phraseBoxes[1]).toEqual([]);
    expect(pages.phraseBoxes[0]).toHaveLength(1);
    const box = pages.phraseBoxes[0]![0]!;
    expect(box).toMatchObject({ phrase: 'immigration status', reason: REASON });
    const line = await statusLine();
    // The box starts where the phrase starts in its line, is about as wide as its 18 of the line’s 63 characters, and
    // covers the line's letters above the baseline.
    expect(Math.abs(box.rect.x - line.left)).toBeLessThan(6);
    expect(box.rect.width).toBeGreaterThan(line.lineWidth * (15 / 63));
    expect(box.rect.width).toBeLessThan(line.lineWidth * (21 / 63));
    expect(box.rect.y).toBeLessThan(line.baseline - line.size * 0.6);
    expect(box.rect.y + box.rect.height).toBeGreaterThan(line.baseline);
    expect(box.rect.height).toBeLessThan(line.size * 2);
  });

  it('boxes the record’s own phrase too, once with its own reason when the matter redacts it as well', async () => {
    const own = { id: 'r1', kind: 'phrase', phrase: 'IMMIGRATION  status', reason: 'Personal privacy' };
    const pages = await memoRecordPages(
      [own],
      [{ id: 'p1', kind: 'phrase', phrase: 'immigration status', reason: REASON }],
    );
    expect(pages.phraseBoxes[0]).toEqual([expect.objectContaining({ reason: 'Personal privacy' })]);
    expect(pages.phraseBoxes[1]).toEqual([]);
    const alone = await memoRecordPages([own]);
    expect(alone.phraseBoxes[0]).toEqual([expect.objectContaining({ reason: 'Personal privacy' })]);
  });

  it('gives pages without redacted phrases no boxes, and a phrase found nowhere none', async () => {
    expect((await memoRecordPages([])).phraseBoxes).toEqual([[], []]);
    const absent = await memoRecordPages(
      [],
      [{ id: 'p2', kind: 'phrase', phrase: 'Juan Ortega', reason: REASON }],
    );
    expect(absent.phraseBoxes).toEqual([[], []]);
  });
});
