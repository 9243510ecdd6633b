// A Word record's pages in the viewer, printed by Chromium (the printer of browser mode and the CLI): labelled
// after the records before it, kept by content hash so a second view prints nothing, and a box drawn on the
// printed page is checked against its real size.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { contract, type Channel, type ParsedRequestOf } from '../../../core/api/contract';
import { newMatterFile } from '../../../core/matter-file/matter-file';
import { newMatter } from '../../../core/matter/new-matter';
import { recordSchema } from '../../../core/records/record';
import { createPagesHandlers } from '../../../electron/handlers/pages-handlers';
import { LibraryService } from '../../../electron/services/library/library-service';
import { openChromiumPrinter } from '../../../electron/services/production/chromium-printer';
import { OriginalsStore } from '../../../electron/services/production/originals-store';
import { PRINT_VERSION } from '../../../electron/services/production/record-pages';
import type { HtmlPrinter } from '../../../electron/services/production/printer';
import { repoRoot, tempDir } from '../support/web-host';

const ctx = { mode: 'web' as const, shell: null };
const parse = <C extends Channel>(c: C, request: unknown) =>
  contract[c].request.parse(request) as ParsedRequestOf<C>;
const docx = readFileSync(path.join(repoRoot, 'test/fixtures/production/detainer-memo.docx'));
let prints = 0;
const printers: HtmlPrinter[] = [];
const openPrinter = async () => {
  const printer = await openChromiumPrinter();
  printers.push(printer);
  return {
    printToPdf: (html: string) => (prints++, printer.printToPdf(html)),
    close: async () => undefined,
  };
};
let library: LibraryService;
afterAll(async () => {
  library?.shutdown();
  for (const p of printers) await p.close();
});

describe('a printed record’s pages', () => {
  it('prints a DOCX once, labels its pages and checks a box against the printed page', async () => {
    library = new LibraryService(await tempDir('pages-library'));
    const handlers = createPagesHandlers({ library, openPrinter });
    const sha = await new OriginalsStore(library.dir).put(docx, 'detainer-memo.docx');
    const file = newMatterFile(newMatter());
    file.excerpts.push({
      id: 'x',
      sourceId: 's',
      sourceSha256: sha,
      sourceTitle: 'Detainer memo',
      identifier: '',
      section: '',
      pageStart: 1,
      pageEnd: 1,
      sourcePageCount: 0,
      wholeSource: true,
      text: 'Detainer memo',
    });
    file.records.push(
      recordSchema.parse({ id: 'paper', description: 'Ledger', pages: 2 }),
      recordSchema.parse({ id: 'memo', description: 'Detainer memo', excerptId: 'x' }),
    );
    const ask = () => handlers['pages:record'](parse('pages:record', { parts: file, recordId: 'memo' }), ctx);
    const started = performance.now();
    const first = await ask();
    const firstMs = performance.now() - started;
    const pdf = await PDFDocument.load(Buffer.from(first.base64, 'base64'));
    expect(first.pageCount).toBe(pdf.getPageCount());
    expect(first.labels[0]).toBe('CITY-AG-000003');
    expect(first.labels).toHaveLength(first.pageCount);
    expect(existsSync(path.join(library.dir, 'originals', 'printed', `${sha}-${PRINT_VERSION}.pdf`))).toBe(
      true,
    );

    // A second view, even by a new set of handlers (the app restarted), prints nothing.
    const again = createPagesHandlers({ library, openPrinter });
    const secondStart = performance.now();
    const second = await again['pages:record'](parse('pages:record', { parts: file, recordId: 'memo' }), ctx);
    const secondMs = performance.now() - secondStart;
    expect(second.sha256).toBe(first.sha256);
    expect(prints).toBe(1);
    console.log(
      `DOCX record pages: first view ${firstMs.toFixed(0)} ms (printed), second ${secondMs.toFixed(0)} ms`,
    );

    const box = (width: number) =>
      handlers['pages:add-box'](
        parse('pages:add-box', {
          parts: file,
          recordId: 'memo',
          page: 1,
          rect: { x: 72, y: 72, width, height: 20 },
          reason: 'TRE 503',
        }),
        ctx,
      );
    await expect(box(600)).rejects.toThrow(/runs off page 1, which is 612 × 792 points/);
    await expect(box(200)).resolves.toMatchObject({ box: { reason: 'TRE 503 attorney-client' } });
  });
});
