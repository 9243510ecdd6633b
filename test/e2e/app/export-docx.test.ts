// Export from the app and read the DOCX back with LibreOffice: the typed text and the changed field
// value are in the document a person opens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { docxToPdf, pdfText } from '../../support/libreoffice';
import { openBrowser, screenshot } from '../support/browser';
import type { OpenBrowser } from '../support/browser';
import { DeskPage } from '../support/desk-page';
import { startWebHost, tempDir } from '../support/web-host';
import type { RunningHost } from '../support/web-host';

let host: RunningHost;
let browser: OpenBrowser;

beforeAll(async () => {
  host = await startWebHost();
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('exporting DOCX from the app', () => {
  it('lists empty required fields in Review before sending, exports a marked draft on request, and LibreOffice reads it', async () => {
    const desk = new DeskPage(browser.page);
    const { page } = browser;
    await desk.open(host.url);
    await desk.fillField('City', 'City of Dallas');
    await desk.generateDraft();
    await desk.clickEndOf('expressly reserved.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Exported paragraph typed in the editor.');
    await desk.fillField('City', 'City of Exportville');
    await expect.poll(() => desk.chips('respondent.city').allTextContents()).toContain('City of Exportville');

    await page.getByRole('button', { name: 'Export DOCX' }).click();
    const dialog = page.getByRole('complementary', { name: 'Review before sending' });
    await dialog.waitFor();
    // Each empty required field is listed with a button that goes to it.
    await expect
      .poll(() => dialog.getByRole('list', { name: 'Problems of this letter' }).getByRole('button').count())
      .toBeGreaterThan(0);
    await screenshot(page, '06-export-incomplete');

    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export anyway as marked draft' }).click();
    const file = path.join(await tempDir('export'), 'draft.docx');
    await (await download).saveAs(file);

    const text = (await pdfText(await docxToPdf(file))).replace(/\s+/g, ' ');
    expect(text).toContain('Exported paragraph typed in the editor.');
    expect(text).toContain('City of Exportville');
    expect(text).not.toContain('City of Dallas');
  });
});
