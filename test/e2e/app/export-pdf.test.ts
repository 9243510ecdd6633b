// Export PDF… from the app (browser mode): the same review as Export DOCX, then the letter printed by Chromium
// and downloaded; poppler reads back the typed text, the matter's value, the page numbers and the DRAFT mark.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../../support/libreoffice';
import { screenshot } from '../support/browser';
import { useDeskSession } from '../support/desk-session';
import { tempDir } from '../support/web-host';

const session = useDeskSession();

describe('exporting a PDF from the app', () => {
  it('reviews the letter first, then downloads it printed, Page X of Y on its pages and marked DRAFT', async () => {
    const { desk, page } = session;
    await desk.fillField('City', 'City of Printville');
    await desk.generateDraft();
    await desk.clickEndOf('expressly reserved.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Paragraph typed before printing.');

    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const review = page.getByRole('complementary', { name: 'Review before sending' });
    await review.waitFor();
    const download = page.waitForEvent('download');
    await review.getByRole('button', { name: 'Export anyway as marked draft' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/\.pdf$/);
    const file = path.join(await tempDir('export-pdf'), saved.suggestedFilename());
    await saved.saveAs(file);
    await screenshot(page, 'export-pdf-done');

    const pages = await pdfPages(file);
    const text = pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Paragraph typed before printing.');
    expect(text).toContain('City of Printville');
    const total = Number(/Page 1 of (\d+)/.exec(pages[0]!)![1]);
    expect(total).toBeGreaterThanOrEqual(1);
    for (const onPage of pages.slice(0, total)) expect(onPage).toContain('DRAFT — required fields missing');
  });
});
