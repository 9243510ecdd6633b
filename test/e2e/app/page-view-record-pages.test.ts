// Page view of a letter enclosing a whole PDF record (issue 12): after the exhibit's cover, one sheet per
// record page showing the page's picture named and labelled as the export names and stamps it, and as many
// sheets as the exported DOCX has pages when LibreOffice prints it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxToPdf, pdfImages, pdfPageCount } from '../../support/libreoffice';
import { seriousViolations } from '../support/axe';
import { screenshot } from '../support/browser';
import { useDeskSession } from '../support/desk-session';
import { repoRoot, tempDir } from '../support/web-host';
import { drawn, inkOf } from '../library/page-sheets';
import { attachWhole as attachWholeSource } from '../support/attach-whole';
import { LibraryPage } from '../support/library-page';

const session = useDeskSession();
const memoPdf = path.join(repoRoot, 'test/fixtures/production/detainer-memo-libreoffice.pdf');
const memoDocx = path.join(repoRoot, 'test/fixtures/production/detainer-memo.docx');
const bulletinPdf = path.join(repoRoot, 'test/fixtures/production/training-bulletin-chromium.pdf');

const pageView = () => session.page.getByRole('region', { name: 'Page view' });
const status = () => pageView().getByRole('status');

/** A new matter with the file attached whole as Exhibit A. */
const attachWhole = (file: string) => attachWholeSource(session.page, file);

/** Exports the open draft as a marked draft and has LibreOffice print it; the PDF's path. */
async function exportedPdf(name: string): Promise<string> {
  const { page } = session;
  await page.getByRole('button', { name: 'Export DOCX' }).click();
  const dialog = page.getByRole('complementary', { name: 'Review before sending' });
  await dialog.waitFor();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export anyway as marked draft' }).click();
  const file = path.join(await tempDir('export'), `${name}.docx`);
  await (await download).saveAs(file);
  return docxToPdf(file);
}

/** The number of sheets once the page view has settled (its status gives the count). */
async function settledSheets(): Promise<number> {
  await status()
    .filter({ hasText: /^\d+ pages? and \d+ pages? of exhibits$/ })
    .waitFor();
  return pageView()
    .getByRole('region', { name: /^Page \d+$/ })
    .count();
}

describe('page view of a whole record enclosed as its own pages', () => {
  it('shows the cover, then one picture sheet per record page, labelled as the export stamps them', async () => {
    const { page, desk } = session;
    await attachWhole(memoPdf);
    await desk.generateDraft('Production cover letter');
    await page.getByRole('button', { name: 'Page view' }).click();
    await status()
      .filter({ hasText: /^\d+ pages? and \d+ pages? of exhibits$/ })
      .waitFor();

    const pictures = pageView().getByRole('img', { name: /^Exhibit A, page \d of 2/ });
    await expect.poll(() => pictures.count(), { timeout: 20_000 }).toBe(2);

    // Ctrl+P prints the sheets with every record page drawn, though only sheets near sight are drawn on screen.
    const drawnPictures = () => pageView().locator('.pv-picture .page-sheet[data-drawn="true"]').count();
    expect(await drawnPictures()).toBeLessThan(2);
    await page.evaluate(() => {
      const counted = window as unknown as { drawnAtPrint: number };
      counted.drawnAtPrint = -1;
      window.print = () => {
        counted.drawnAtPrint = document.querySelectorAll('.pv-picture .page-sheet[data-drawn="true"]').length;
      };
    });
    await page.keyboard.press('Control+p');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { drawnAtPrint: number }).drawnAtPrint), {
        timeout: 20_000,
      })
      .toBe(2);
    const names = await pictures.evaluateAll((all) => all.map((p) => p.getAttribute('aria-label')));
    expect(names).toEqual([
      expect.stringMatching(/^Exhibit A, page 1 of 2, \S+0001$/),
      expect.stringMatching(/^Exhibit A, page 2 of 2, \S+0002$/),
    ]);
    const labels = names.map((name) => name!.split(', ').pop());
    const text = await pageView().innerText();
    expect(text).toContain('EXHIBIT A');
    expect(text).not.toContain('Preparing the pages');

    // Each picture sheet carries its label on the picture and "Exhibit A" at the foot, and is drawn in view.
    const sheets = pageView()
      .locator('.pv-page')
      .filter({ has: page.locator('.pv-picture') });
    await expect.poll(() => sheets.count()).toBe(2);
    for (const [at, label] of labels.entries()) {
      const sheet = sheets.nth(at);
      await sheet.scrollIntoViewIfNeeded();
      await drawn(sheet.locator('.page-sheet'));
      expect(await inkOf(sheet.locator('.page-sheet'))).toBeGreaterThan(200);
      expect(await sheet.locator('.page-bates').textContent()).toBe(label);
      expect(await sheet.locator('.pv-footer').innerText()).toBe('Exhibit A');
    }
    await screenshot(page, 'page-view-record-pages');
    expect(await seriousViolations(page)).toEqual([]);

    // The exported DOCX, printed by LibreOffice, has as many pages as the page view shows.
    const shown = await pageView()
      .getByRole('region', { name: /^Page \d+$/ })
      .count();
    const pdf = await exportedPdf('record-pages');
    expect(await pdfPageCount(pdf)).toBe(shown);
    // Its two pictures are the last two pages, as in the page view.
    expect((await pdfImages(pdf)).map(([n]) => n)).toEqual([shown - 1, shown]);
  }, 120_000);

  it('shows "Preparing the pages" while a DOCX record is printed, then its pages', async () => {
    const { page, desk } = session;
    await attachWhole(memoDocx);
    await desk.generateDraft('Production cover letter');
    await expect
      .poll(() => pageView().innerText(), { timeout: 20_000 })
      .toContain('Preparing the pages of Exhibit A\u2026');
    await pageView()
      .locator('.pv-pages')
      .evaluate((sheets) => sheets.scrollTo(0, sheets.scrollHeight));
    await screenshot(page, 'page-view-record-pages-preparing');
    const pictures = pageView().getByRole('img', { name: /^Exhibit A, page 1 of \d+/ });
    await pictures.waitFor({ state: 'attached', timeout: 30_000 });
    expect(await pageView().innerText()).not.toContain('Preparing the pages');
    // Counted from its printed pages, as the export counts them: the same number of sheets as the DOCX.
    const shown = await settledSheets();
    const pictureCount = await pageView()
      .getByRole('img', { name: /^Exhibit A, page \d+ of / })
      .count();
    expect(pictureCount).toBeGreaterThan(0);
    const pdf = await exportedPdf('record-pages-docx');
    expect(await pdfPageCount(pdf)).toBe(shown);
    expect(await pdfImages(pdf)).toHaveLength(pictureCount);
  }, 120_000);

  it('shows the record’s cover and paper-copies note, as the export sends it, when its pages cannot be made', async () => {
    const { page, desk, host } = session;
    // Attached from the Library & Exhibits tab, which shows no page images, so no pages of it are kept.
    await page.getByRole('button', { name: 'New', exact: true }).click();
    const unsaved = page.getByRole('alertdialog');
    if (await unsaved.isVisible()) await unsaved.getByRole('button', { name: 'Don’t save' }).click();
    const library = new LibraryPage(page);
    await library.open();
    await library.importFiles([bulletinPdf], ': 1 page');
    await library.openHit('Training Division', 'Training Bulletin');
    await page.getByRole('button', { name: 'Attach whole source' }).click();
    await page.getByText(/^Attached as Exhibit A/).waitFor();
    // The record's original file is gone from beside the library: neither can draw its pages.
    await fs.rm(path.join(host.dataDir, 'library', 'originals'), { recursive: true, force: true });
    await desk.generateDraft('Production cover letter');
    // The page view stays open from the test before.
    const button = page.getByRole('button', { name: 'Page view' });
    if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
    await expect.poll(() => pageView().innerText(), { timeout: 20_000 }).not.toContain('Preparing the pages');
    // Its pages were counted when it was attached (a PDF knows them), so it goes out as a paper-copies note.
    await pageView()
      .getByText('The record (1 page) is enclosed as paper copies.')
      .waitFor({ timeout: 20_000 });
    const shown = await settledSheets();
    expect(await pageView().locator('.pv-picture').count()).toBe(0);
    const pdf = await exportedPdf('record-pages-fallback');
    expect(await pdfImages(pdf)).toEqual([]);
    expect(await pdfPageCount(pdf)).toBe(shown);
    await screenshot(page, 'page-view-record-pages-fallback');
  }, 120_000);
});
