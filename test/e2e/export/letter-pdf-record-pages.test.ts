// A letter printed to PDF encloses a whole record as its own produced pages, as the DOCX export does: after its
// cover page, one picture a page (its Bates number stamped, its redaction burned in), then the quoted excerpt
// as text. Printed by Chromium and read back with poppler (pdftotext, pdfimages).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matterParts } from '../../../core/matter-file/matter-file';
import { exportLetterPdf, type PdfExport } from '../../../electron/services/letter-pdf';
import { openChromiumPrinter } from '../../../electron/services/production/chromium-printer';
import type { HtmlPrinter } from '../../../electron/services/production/printer';
import { letterFixture, QUOTE, type LetterFixture } from '../../support/exhibit-letter-fixture';
import { pdfPages } from '../../support/libreoffice';
import { requireTool } from '../../support/system-tools';

let fixture: LetterFixture;
let printer: HtmlPrinter;
let exported: PdfExport;
let pages: string[];
let file: string;

beforeAll(async () => {
  fixture = await letterFixture({ pages: 3, redact: true, produce: true });
  printer = await openChromiumPrinter(requireTool('chromium', 'chromium', 'letters cannot be printed'));
  exported = await exportLetterPdf(
    fixture.templates,
    fixture.draft,
    matterParts(fixture.file),
    true,
    () => Promise.resolve(printer),
    { pages: { libraryDir: fixture.libraryDir, openPrinter: () => Promise.resolve(printer) } },
  );
  file = path.join(fixture.dir, 'cover-letter.pdf');
  writeFileSync(file, exported.bytes);
  pages = await pdfPages(file);
}, 120_000);

afterAll(() => printer?.close());

describe('a whole record enclosed in a printed letter', () => {
  it('goes out as its three produced pages, pictures after its cover page, labelled with the exhibit', () => {
    expect(exported.problems.filter((p) => p.kind === 'exhibit-pages-unavailable')).toEqual([]);
    const cover = pages.findIndex((page) => page.includes('EXHIBIT A'));
    expect(cover).toBeGreaterThan(exported.letterPages);
    for (const page of pages.slice(cover + 1, cover + 4))
      expect(page.replace('DRAFT — required fields missing', '').trim()).toBe('Exhibit A');
    const images = execFileSync(
      requireTool('pdfimages', 'poppler-utils', 'pictures cannot be listed'),
      ['-list', file],
      {
        encoding: 'utf8',
      },
    )
      .trim()
      .split('\n')
      .slice(2)
      .map((line) => Number(line.trim().split(/\s+/)[0]));
    // pdfimages counts pages from 1: the three pages after the cover.
    expect(images).toEqual([cover + 2, cover + 3, cover + 4]);
  });

  it('keeps the quoted excerpt as text after it, and the letter counts its own pages only', () => {
    expect(pages.slice(exported.letterPages).join('\n').replace(/\s+/g, ' ')).toContain(QUOTE);
    expect(pages[0]).toContain(`Page 1 of ${exported.letterPages}`);
  });
});
