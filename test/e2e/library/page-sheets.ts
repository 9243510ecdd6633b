// Looking at page images in the end-to-end tests: whether pdf.js drew a page (and what the viewer showed when
// it did not), how much ink a page has, whether a page is in view; a large PDF; saving the matter as a user does.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { tempDir } from '../support/web-host';

/** How many of a drawn page's pixels are not white (a sample of its canvas). */
export const inkOf = (sheet: Locator): Promise<number> =>
  sheet.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 16) if (data[i]! < 200 || data[i + 1]! < 200) ink++;
    return ink;
  });

/** Waits for pdf.js to have drawn the page; if it does not, says what the viewer shows instead. */
export async function drawn(sheet: Locator): Promise<void> {
  try {
    await sheet.and(sheet.page().locator('[data-drawn="true"]')).waitFor({ timeout: 20_000 });
  } catch {
    const shown = await sheet.page().locator('.page-images, .record-pages-dialog').allInnerTexts();
    const sheets = await sheet
      .page()
      .locator('.page-sheet')
      .evaluateAll((all) => all.map((e) => `${e.getAttribute('data-page')}:${e.getAttribute('data-drawn')}`));
    throw new Error(
      `The page was not drawn. Sheets ${sheets.join(' ')}; the viewer shows: ${shown.join(' | ')}`,
    );
  }
}

/** True when the element's top is inside the scrolling column's visible box. */
export const inView = (column: Locator, element: Locator) =>
  Promise.all([column.boundingBox(), element.boundingBox()]).then(
    ([c, e]) => !!c && !!e && e.y >= c.y - 2 && e.y < c.y + c.height / 2,
  );

/** A two-page PDF over the 4 MB sent whole (a stream its pages never draw), written to a temporary file. */
export async function writeLargePdf(): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const words of ['Scanned ledger, page one', 'Scanned ledger, page two'])
    doc.addPage([612, 792]).drawText(words, { x: 72, y: 700, size: 28, font });
  doc.context.register(
    doc.context.stream(new Uint8Array(6 * 1024 * 1024).map((_b, i) => (i * 2654435761) >>> 24)),
  );
  const file = path.join(await tempDir('pages'), 'scanned-ledger.pdf');
  await fs.writeFile(file, await doc.save({ useObjectStreams: false }));
  return file;
}

/**
 * Saves the matter as the user does: Ctrl+S, then the path typed once the dialog has settled its suggestion
 * (DeskPage.saveAs can type before it, and the path then joins the suggested folder).
 */
export async function saveMatterAs(page: Page, file: string): Promise<void> {
  await page.keyboard.press('Control+s');
  const dialog = page.getByRole('dialog', { name: 'Save matter as' });
  const field = dialog.getByLabel('File path');
  await expect.poll(() => field.inputValue()).toMatch(/\.cdesk$/);
  await page.waitForTimeout(300);
  await field.fill(file);
  await expect.poll(() => field.inputValue()).toBe(file);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await page
    .getByTestId('save-state')
    .filter({ hasText: /^Saved / })
    .waitFor();
}
