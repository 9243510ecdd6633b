// Attaching a library source whole, as a paralegal does: a new matter, the file imported on the Library &
// Exhibits tab, opened in the Library view and attached with "Attach whole source" (it becomes Exhibit A).
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export async function attachWhole(page: Page, file: string): Promise<void> {
  await page.getByRole('button', { name: 'New', exact: true }).click();
  const unsaved = page.getByRole('alertdialog');
  if (await unsaved.isVisible()) await unsaved.getByRole('button', { name: 'Don’t save' }).click();
  await page.getByRole('tab', { name: 'Library & Exhibits' }).click();
  await page.getByLabel('Files to import').setInputFiles([file]);
  await page
    .getByRole('list', { name: 'Import results' })
    .getByText(/: \d+ pages?/)
    .waitFor();
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  const library = page.getByRole('main', { name: 'Library' });
  const name = path.basename(file, path.extname(file));
  await library.locator('tbody tr .source-title').filter({ hasText: name }).first().click();
  await library.getByRole('button', { name: 'Attach whole source' }).click();
  await expect
    .poll(() => library.getByRole('status').first().textContent())
    .toMatch(/^Attached as Exhibit A/);
}
