// Letters as PDF, printed by Chromium through the CLI (`render --out x.pdf`, the app's own export code) and
// read back with poppler: the letterhead and "Page 1 of N" on page one, the continuation header on page two,
// the exhibits after the letter, and as many letter pages as LibreOffice lays out from our DOCX (within one).
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxToPdf, pdfPageCount, pdfPages, pdfPageToPng } from '../../support/libreoffice';
import { TEST_OUTPUT } from '../../support/export-to-pdf';
import { requireTool } from '../../support/system-tools';
import { sampleLetter } from '../../support/sample-letter';
import { printDocumentPdf } from '../../../electron/services/letter-pdf';
import { openChromiumPrinter } from '../../../electron/services/production/chromium-printer';
import { ensureCliBuilt, root, runCli, tempDir } from '../../electron/cli/cli-harness';

const dir = tempDir();
const example = path.join(root, 'examples', 'dallas-ag-inquiry.json');
const chromium = () => ({
  COUNSEL_DESK_CHROMIUM: requireTool('chromium', 'chromium', 'letters cannot be printed'),
});
const render = (out: string, env: Record<string, string> = chromium()) =>
  runCli(['render', '--matter', example, '--template', 'substantive-response', '--out', out], env);

/** "Page X of Y" as pdftotext reads it from a page. */
const pageOf = (text: string) => /Page (\d+) of (\d+)/.exec(text)?.slice(1).map(Number);

let pages: string[];
let letterPages: number;

beforeAll(async () => {
  ensureCliBuilt();
  const result = render(path.join(dir, 'response.pdf'));
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout).toContain(`Wrote ${path.join(dir, 'response.pdf')}`);
  pages = await pdfPages(path.join(dir, 'response.pdf'));
  letterPages = pageOf(pages[0]!)![1]!;
}, 120_000);

describe('the example response letter printed to PDF', () => {
  it('heads page one with the letterhead and numbers it at its foot, Page 1 of N', () => {
    expect(pages[0]).toContain('CITY OF DALLAS');
    expect(pages[0]).toContain("City Attorney's Office");
    expect(pages[0]!.trimEnd().split('\n').at(-1)!.trim()).toBe(`Page 1 of ${letterPages}`);
    expect(letterPages).toBeGreaterThan(1);
  });

  it('heads every later page of the letter with the addressee, the date and Page X of Y, and no letterhead', () => {
    for (let page = 2; page <= letterPages; page += 1) {
      const lines = pages[page - 1]!.split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      const at = lines.findIndex((line) => /^Page \d+ of \d+$/.test(line));
      expect(at, `page ${page}`).toBeGreaterThanOrEqual(1);
      expect(lines[at]).toBe(`Page ${page} of ${letterPages}`);
      expect(lines[at - 1]).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
      expect(pages[page - 1]).not.toContain('CITY OF DALLAS\n');
    }
  });

  it('marks an incomplete letter DRAFT on every page, the exhibits included, and puts them after the letter', () => {
    expect(pages.length).toBeGreaterThan(letterPages);
    for (const page of pages) expect(page).toContain('DRAFT — required fields missing');
    expect(pages[letterPages]).toContain('INDEX OF EXHIBITS');
    expect(pages.slice(letterPages).join('\n')).toMatch(/EXHIBIT A/);
  });

  it('lays the letter out on as many pages as LibreOffice does from the DOCX, within one', async () => {
    const docx = path.join(dir, 'response.docx');
    expect(render(docx, {}).code).toBe(0);
    const libre = await pdfPages(await docxToPdf(docx, dir));
    const libreLetter = pageOf(libre[0]!)![1]!;
    expect(Math.abs(letterPages - libreLetter)).toBeLessThanOrEqual(1);
    expect(Math.abs(pages.length - libre.length)).toBeLessThanOrEqual(1);
  });

  it('renders page one as a picture for a look', async () => {
    const png = await pdfPageToPng(
      path.join(dir, 'response.pdf'),
      1,
      path.join(TEST_OUTPUT, 'screenshots', 'letter-pdf-page-1'),
    );
    expect(existsSync(png)).toBe(true);
    await pdfPageToPng(
      path.join(dir, 'response.pdf'),
      2,
      path.join(TEST_OUTPUT, 'screenshots', 'letter-pdf-page-2'),
    );
    expect(await pdfPageCount(path.join(dir, 'response.pdf'))).toBe(pages.length);
  });

  it('says what to install when no browser can print, and writes nothing', () => {
    const out = path.join(dir, 'none.pdf');
    const result = render(out, { COUNSEL_DESK_CHROMIUM: path.join(dir, 'no-such-chromium') });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('COUNSEL_DESK_CHROMIUM names');
    expect(result.stderr).toContain('none.pdf was not written');
    expect(existsSync(out)).toBe(false);
  });
});

describe('exhibits printed after a letter', () => {
  it('number each exhibit page at its foot with its Bates number, once, in order, after the index', async () => {
    const printer = await openChromiumPrinter(
      requireTool('chromium', 'chromium', 'letters cannot be printed'),
    );
    try {
      const { bytes, letterPages } = await printDocumentPdf(
        sampleLetter(),
        {
          exhibitSet: {
            bates: { enabled: true, prefix: 'DAL-', digits: 6, start: 1 },
            exhibits: [
              {
                id: 'ex-go',
                label: 'A',
                description: 'General Order 315.02',
                citation: 'General Order 315.02, § 3, at 1-2',
                pages: [['Officers shall not inquire.'], ['Second page of the order.']],
                pageCount: 3,
                range: { first: 41, last: 43 },
              },
            ],
          },
        },
        printer,
      );
      const file = path.join(dir, 'with-exhibit.pdf');
      writeFileSync(file, bytes);
      const pages = await pdfPages(file);
      expect(pageOf(pages[0]!)).toEqual([1, letterPages]);
      expect(pages[letterPages]).toContain('INDEX OF EXHIBITS');
      expect(pages[letterPages]).toContain('DAL-000041 – DAL-000043');
      const exhibitPages = pages.slice(letterPages + 1);
      expect(exhibitPages.map((page) => page.match(/DAL-\d{6}/g))).toEqual([
        ['DAL-000041'],
        ['DAL-000042'],
        ['DAL-000043'],
      ]);
      expect(exhibitPages[1]).toContain('Officers shall not inquire.');
    } finally {
      await printer.close();
    }
  });
});
