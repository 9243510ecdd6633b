// Issue 10: a whole source attached as an exhibit counts its own pages, kept in the matter, so the records
// list, the letter's index on screen and the exported letter say the same number. A PDF knows its pages when
// it is attached; a DOCX learns them when its printed pages are first made.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { useDeskSession } from '../support/desk-session';
import { repoRoot } from '../support/web-host';
import { recordRow } from '../library/record-rows';
import { attachWhole } from '../support/attach-whole';

const session = useDeskSession();
const memoPdf = path.join(repoRoot, 'test/fixtures/production/detainer-memo-libreoffice.pdf');
const memoDocx = path.join(repoRoot, 'test/fixtures/production/detainer-memo.docx');

/** The records list's "Pages" of Exhibit A ("2 pages"). */
async function listedPages(page: Page): Promise<string> {
  await page.getByRole('tab', { name: 'Library & Exhibits' }).click();
  return recordRow(page, 'Exhibit A').locator('.record-fact-value').last().innerText();
}

/** The "Pages" cell of the exhibit's row in the open letter's index of records. */
async function indexPages(): Promise<string> {
  const table = session.desk.editor.locator('table').filter({ hasText: 'Request no.' });
  return (await table.locator('tr').nth(1).locator('td').nth(2).innerText()).replace(/\uFEFF/g, '').trim();
}

describe('page counts of whole sources attached as exhibits', () => {
  it('a PDF attached whole counts its own 2 pages at once, in the list and the letter', async () => {
    const { page, desk } = session;
    await attachWhole(page, memoPdf);
    // Counted without its pages ever being shown: the retyped text would count more.
    expect(await listedPages(page)).toBe('2 pages');
    await desk.generateDraft('Production cover letter');
    expect(await indexPages()).toBe('2');
    expect(await desk.editor.innerText()).toContain('two pages');
    await screenshot(page, 'whole-pdf-page-count');
  }, 120_000);

  it('a DOCX attached whole counts its printed pages once they are viewed', async () => {
    const { page, desk } = session;
    await attachWhole(page, memoDocx);
    await desk.generateDraft('Production cover letter');
    const estimated = await listedPages(page);
    await page.getByRole('button', { name: 'View pages of Exhibit A' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pages of Exhibit A' });
    const first = dialog.getByRole('img', { name: /^Page 1 of \d+/ }).first();
    await first.waitFor({ timeout: 30_000 });
    const printed = Number(/of (\d+)/.exec((await first.getAttribute('aria-label'))!)![1]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    // The retyped text's estimate differs from the printed pages, so the test shows the count was taken.
    expect(estimated).not.toBe(`${printed} pages`);
    await expect.poll(() => listedPages(page)).toBe(`${printed} page${printed === 1 ? '' : 's'}`);
    await expect.poll(() => indexPages()).toBe(String(printed));
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^Unsaved changes/);
    await screenshot(page, 'whole-docx-page-count');
  }, 120_000);
});
