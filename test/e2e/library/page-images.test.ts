// Page images (issues 10 and 13) in Chromium against the web host: a PDF in the library reads with its pages
// beside the text, page markers and pages leading to each other; attached as a record, its pages open from the
// records list labelled with the Bates numbers they will be stamped with; a box drawn on a page with a reason
// from the matter's list shows black with the reason, is listed, and is in the matter file once saved.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { screenshot } from '../support/browser';
import { useDeskSession } from '../support/desk-session';
import { repoRoot, tempDir } from '../support/web-host';
import { drawn, inkOf, inView, saveMatterAs, writeLargePdf } from './page-sheets';

const session = useDeskSession();
const memoPdf = path.join(repoRoot, 'test/fixtures/production/detainer-memo-libreoffice.pdf');
const REASON = "Tex. Gov't Code § 552.101 (informer identity)";

describe('page images', () => {
  it('shows a PDF source’s pages beside its text, following the page markers', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByRole('tab', { name: 'Library & Exhibits' }).click();
    await page.getByLabel('Files to import').setInputFiles([memoPdf]);
    await page
      .getByRole('list', { name: 'Import results' })
      .getByText(/: 2 pages/)
      .waitFor();
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    const library = page.getByRole('main', { name: 'Library' });
    await library.locator('tbody tr .source-title').first().click();
    const images = library.getByRole('region', { name: /^Pages of / });
    const first = images.locator('.page-sheet[data-page="1"]');
    await drawn(first);
    expect(await inkOf(first)).toBeGreaterThan(200);
    await expect(images.getByRole('img', { name: 'Page 1 of 2' }).count()).resolves.toBe(1);

    // The text stays beside the images, to select from; its marker of page 2 brings that page into view.
    const text = library.getByRole('document', { name: /^Text of / });
    await text.getByRole('button', { name: 'Page 2: show its image' }).click();
    const column = images.getByRole('group', { name: /2 pages/ });
    const second = images.locator('.page-figure[data-page="2"]');
    await expect.poll(() => inView(column, second)).toBe(true);
    await drawn(images.locator('.page-sheet[data-page="2"]'));
    expect(await inkOf(images.locator('.page-sheet[data-page="2"]'))).toBeGreaterThan(200);
    await expect.poll(() => images.locator('.page-toolbar-where').textContent()).toBe('Page 2 of 2');
    await screenshot(page, 'page-images-1-reader');

    // And back: page 1's "Show in text" brings the text's page 1 into view.
    await column.press('Home');
    await images.getByRole('button', { name: 'Show in text: page 1' }).click();
    await expect.poll(() => inView(text.locator('..'), text.locator('[data-page-marker="1"]'))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await library.getByRole('button', { name: 'Attach whole source' }).click();
    await expect
      .poll(() => library.getByRole('status').first().textContent())
      .toMatch(/^Attached as Exhibit A/);
  });

  it('opens a record’s pages from the records list, labelled as they will be stamped', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Library & Exhibits' }).click();
    await page.getByRole('button', { name: 'View pages of Exhibit A' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pages of Exhibit A' });
    await drawn(dialog.locator('.page-column .page-sheet[data-page="1"]'));
    const names = await dialog
      .getByRole('group', { name: /2 pages/ })
      .getByRole('img')
      .evaluateAll((items) => items.map((i) => i.getAttribute('aria-label')));
    expect(names).toEqual(['Page 1 of 2, CITY-AG-000001', 'Page 2 of 2, CITY-AG-000002']);
    const stamps = await dialog.locator('.page-column .page-bates').allTextContents();
    expect(stamps).toEqual(['CITY-AG-000001', 'CITY-AG-000002']);
    // Each label sits where the app says the production stamps it (the memo's bottom right is free).
    const placed = await dialog.locator('.page-column .page-sheet[data-page="1"]').evaluate((sheet) => {
      const stamp = sheet.querySelector<HTMLElement>('.page-bates')!;
      const [x, y, w, h] = stamp.dataset.box!.split(',').map(Number) as [number, number, number, number];
      const s = sheet.getBoundingClientRect();
      const b = stamp.getBoundingClientRect();
      return { box: { x, y, w, h }, left: b.left - s.left, top: b.top - s.top, width: s.width };
    });
    const perPoint = placed.width / 595.3;
    expect(placed.box.x + placed.box.w).toBeCloseTo(595.3 - 18, 0);
    expect(placed.box.y + placed.box.h).toBeCloseTo(841.9 - 10, 0);
    expect(Math.abs(placed.left - placed.box.x * perPoint)).toBeLessThan(2);
    expect(Math.abs(placed.top - placed.box.y * perPoint)).toBeLessThan(2);
    await dialog.locator('.page-column .page-sheet[data-page="1"] .page-bates').scrollIntoViewIfNeeded();
    await screenshot(page, 'page-images-2-record-stamp');
    await dialog.getByRole('group', { name: /2 pages/ }).press('PageDown');
    await expect
      .poll(() => dialog.locator('.page-toolbar-where').textContent())
      .toBe('Page 2 of 2, CITY-AG-000002');
    await screenshot(page, 'page-images-2-record');
    // Zoom in draws the pages wider; Fit width goes back.
    const widthOf = () =>
      dialog
        .locator('.page-column .page-sheet')
        .first()
        .evaluate((e) => e.clientWidth);
    const fitted = await widthOf();
    await dialog.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(widthOf).toBe(Math.round(fitted * 1.25));
    await dialog.getByRole('button', { name: 'Fit width' }).click();
    await expect.poll(widthOf).toBe(fitted);
    // The thumbnails lead to their page.
    await dialog.getByRole('button', { name: 'Go to Page 1 of 2, CITY-AG-000001' }).click();
    await expect
      .poll(() => dialog.locator('.page-toolbar-where').textContent())
      .toBe('Page 1 of 2, CITY-AG-000001');
  });

  it('draws a box redaction with a reason from the matter’s list, lists it, and keeps it in the matter', async () => {
    const { page } = session;
    const dialog = page.getByRole('dialog', { name: 'Pages of Exhibit A' });
    await dialog.getByRole('group', { name: /2 pages/ }).press('Home');
    await dialog.getByLabel('Reason printed on the box').selectOption(REASON);
    await dialog.getByRole('button', { name: 'Draw redaction box' }).click();
    const layer = dialog.locator('.page-figure[data-page="1"] [data-testid="redaction-layer"]');
    const box = (await layer.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.15);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.2, { steps: 5 });
    await page.mouse.up();
    const list = dialog.getByRole('list', { name: 'Redaction boxes on Exhibit A' });
    await list.getByText(`Page 1: ${REASON}`).waitFor();
    await expect(layer.locator('.redaction-box').textContent()).resolves.toBe(REASON);
    await dialog.getByRole('button', { name: 'Draw redaction box' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'page-images-3-redaction');
    await dialog.getByRole('button', { name: 'Close' }).click();

    const file = path.join(await tempDir('pages'), 'boxes.cdesk');
    await saveMatterAs(page, file);
    const saved = JSON.parse(await fs.readFile(file, 'utf8')) as {
      records: {
        status: string;
        redactions: { kind: string; page: number; reason: string; rect: { width: number } }[];
      }[];
    };
    expect(saved.records[0]!.status).toBe('partly-withheld');
    expect(saved.records[0]!.redactions).toEqual([
      expect.objectContaining({ kind: 'box', page: 1, reason: REASON }),
    ]);
    // A box 40% of an A4 page wide: about 238 points.
    expect(saved.records[0]!.redactions[0]!.rect.width).toBeGreaterThan(200);
    expect(saved.records[0]!.redactions[0]!.rect.width).toBeLessThan(280);

    // Removed again from the list, the page shows no box and the matter keeps none.
    await page.getByRole('button', { name: 'View pages of Exhibit A' }).click();
    const again = page.getByRole('dialog', { name: 'Pages of Exhibit A' });
    await again.getByRole('button', { name: `Remove the box on page 1 (${REASON})` }).click();
    await again.getByText('No boxes on Exhibit A yet.').waitFor();
    await expect(again.locator('.redaction-box').count()).resolves.toBe(0);
    // Without a mouse: a box by measurements, in inches from the page's top-left corner.
    await again.getByText('Black out a box by measurements').click();
    await again.getByLabel('Page', { exact: true }).fill('2');
    await again.getByLabel('Width (inches)').fill('3');
    await again.getByLabel('Width (inches)').press('Enter');
    await again
      .getByRole('list', { name: 'Redaction boxes on Exhibit A' })
      .getByText(`Page 2: ${REASON}`)
      .waitFor();
    await expect(again.locator('.page-figure[data-page="2"] .redaction-box').count()).resolves.toBe(1);
    await again.getByLabel('Page', { exact: true }).fill('3');
    await again.getByRole('button', { name: 'Black out this box' }).click();
    await again.getByText('Give a page from 1 to 2.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await again.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^Unsaved changes/);
  });

  it('reads a large PDF by ranges and still shows its pages', async () => {
    const { page } = session;
    const file = await writeLargePdf();
    await page.getByRole('tab', { name: 'Library & Exhibits' }).click();
    await page.getByLabel('Files to import').setInputFiles([file]);
    await page
      .getByRole('list', { name: 'Import results' })
      .getByText(/: 2 pages/)
      .last()
      .waitFor();
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    const library = page.getByRole('main', { name: 'Library' });
    const back = library.getByRole('button', { name: 'Back to the list' });
    if (await back.isVisible()) await back.click();
    await library.locator('tbody tr', { hasText: 'scanned-ledger.pdf' }).locator('.source-title').click();
    const images = library.getByRole('region', { name: /^Pages of / });
    const second = images.locator('.page-sheet[data-page="2"]');
    await images.getByRole('group', { name: /2 pages/ }).press('End');
    await drawn(second);
    expect(await inkOf(second)).toBeGreaterThan(50);
  });
});
