// Tables as in Word: Insert table asks rows × columns, Tab and Shift+Tab move between cells (Tab in the last
// cell adds a row), the Table menu inserts and deletes rows and columns, and the header row repeats at the
// top of every page of the export, as LibreOffice prints it.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { docxToPdf, pdfPages } from '../../support/libreoffice';
import { screenshot } from '../support/browser';
import { tempDir } from '../support/web-host';
import { useDraftSession } from '../support/draft-session';

const session = useDraftSession();
const table = () => session.desk.editor.locator('table');
const rowTexts = async () =>
  table()
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('td')]
          .map((cell) => (cell.textContent ?? '').replace(/\uFEFF/g, ''))
          .join('|'),
      ),
    );

async function tableMenu(item: string): Promise<void> {
  await session.browser.page.getByRole('button', { name: 'Table', exact: true }).click();
  const role = item === 'Header row' ? 'menuitemcheckbox' : 'menuitem';
  await session.browser.page.getByRole('menu', { name: 'Table' }).getByRole(role, { name: item }).click();
}

describe('tables', () => {
  it('inserts a table of the size asked, and Tab moves from cell to cell', async () => {
    const { page } = session.browser;
    await session.desk.clickEndOf('expressly reserved.');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Insert table' }).click();
    const dialog = page.getByRole('dialog', { name: 'Insert table' });
    await dialog.getByLabel('Rows').fill('2');
    await dialog.getByLabel('Columns').fill('2');
    await dialog.getByRole('button', { name: 'Insert' }).click();
    await expect.poll(rowTexts).toEqual(['|', '|']);
    await page.keyboard.type('Record');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bates range');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Memo');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Pages');
    await expect.poll(rowTexts).toEqual(['Record|Pages', 'Memo|']);
    // Tab in the last cell adds a row.
    await table().locator('td').last().click();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Email');
    await expect.poll(rowTexts).toEqual(['Record|Pages', 'Memo|', 'Email|']);
    expect(await table().locator('tr').first().getAttribute('class')).toBe('doc-table-header');
  });

  it('inserts and deletes rows and columns from the Table menu, and turns the header row off and on', async () => {
    await table().locator('td', { hasText: 'Memo' }).click();
    await tableMenu('Insert column right');
    await expect.poll(rowTexts).toEqual(['Record||Pages', 'Memo||', 'Email||']);
    // The cursor stays where it was; the new column is deleted from one of its cells.
    await table().locator('tr').nth(1).locator('td').nth(1).click();
    await tableMenu('Delete column');
    await expect.poll(rowTexts).toEqual(['Record|Pages', 'Memo|', 'Email|']);
    await tableMenu('Insert row above');
    await expect.poll(rowTexts).toEqual(['Record|Pages', '|', 'Memo|', 'Email|']);
    await table().locator('tr').nth(1).locator('td').first().click();
    await tableMenu('Delete row');
    await expect.poll(rowTexts).toEqual(['Record|Pages', 'Memo|', 'Email|']);
    await session.browser.page.getByRole('button', { name: 'Table', exact: true }).click();
    const headerItem = session.browser.page.getByRole('menuitemcheckbox', { name: 'Header row' });
    expect(await headerItem.getAttribute('aria-checked')).toBe('true');
    await headerItem.click();
    await expect.poll(() => table().locator('tr.doc-table-header').count()).toBe(0);
    await tableMenu('Header row');
    await expect.poll(() => table().locator('tr.doc-table-header').count()).toBe(1);
    await screenshot(session.browser.page, '32-table');
  });

  it('repeats the header row on every page of the export', async () => {
    const { page } = session.browser;
    // A long table: 70 more rows take it onto a second page.
    await table().locator('td', { hasText: 'Email' }).click();
    // To the row's last cell, then Tab adds a fourth row.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await page.keyboard.type('Row four');
    await expect.poll(rowTexts).toEqual(['Record|Pages', 'Memo|', 'Email|', '|Row four']);
    await page.getByRole('button', { name: 'Insert table' }).click();
    const dialog = page.getByRole('dialog', { name: 'Insert table' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    for (let i = 0; i < 70; i++) await tableMenu('Insert row below');
    await expect.poll(() => table().locator('tr').count()).toBe(74);

    await page.getByRole('button', { name: 'Export DOCX' }).click();
    const panel = page.getByRole('complementary', { name: 'Review before sending' });
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export anyway as marked draft' }).click();
    const dir = await tempDir('tables');
    const file = path.join(dir, 'table.docx');
    await (await download).saveAs(file);
    const pages = await pdfPages(await docxToPdf(file, dir));
    const withTable = pages.filter((text) => text.includes('Record'));
    expect(withTable.length).toBeGreaterThanOrEqual(2);
    expect(pages.join('\f')).toMatch(/Memo[\s\S]*Email[\s\S]*Row four/);
    // The header row heads the table's second page, before any body row there.
    const second = withTable[1]!;
    expect(second).toMatch(/Record\s+Pages/);
  });
});
