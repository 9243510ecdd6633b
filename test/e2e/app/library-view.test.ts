// The library as a place (issue 13, point 1): files dragged onto the window are imported; the Library view
// lists every source with its kind, identifier, date, pages, import date and the matters using it, sorts
// and filters them, edits a source's details, opens it to read full width, and removes it only after
// warning that a matter uses it (focus then on the source now in its place).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { screenshot } from '../support/browser';
import { useDeskSession } from '../support/desk-session';
import { repoRoot } from '../support/web-host';

const session = useDeskSession();

const policies = path.join(repoRoot, 'examples/policies');
const library = () => session.page.getByRole('main', { name: 'Library' });
const table = () => library().getByRole('table', { name: 'Sources in the library' });
const titles = () => table().locator('tbody tr .source-title').allTextContents();
const focusedText = () => session.page.evaluate(() => document.activeElement?.textContent ?? '');

/** Drops files on the window as the desktop's file manager would. */
async function dropFiles(files: { name: string; text: string }[]): Promise<void> {
  const { page } = session;
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    return data;
  }, files);
  for (const type of ['dragenter', 'dragover'])
    await page.dispatchEvent('body', type, { dataTransfer: transfer });
  await page.getByText('Drop the files to import them into the library').waitFor();
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}

describe('the Library view', () => {
  it('imports files dropped on the window and lists every source', async () => {
    const { page } = session;
    const files = readdirSync(policies).map((name) => ({
      name,
      text: readFileSync(path.join(policies, name), 'utf8'),
    }));
    await dropFiles([...files, { name: 'notes.xyz', text: 'not a kind the library reads' }]);
    const notice = library()
      .getByRole('status')
      .filter({ hasText: /^Imported / });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Left out (the library reads');
    expect(await notice.textContent()).toContain('notes.xyz');
    await expect.poll(async () => (await titles()).length).toBe(4);
    // (The sorted column's arrow is hidden from screen readers; its header says aria-sort instead.)
    const headers = (await table().getByRole('columnheader').allTextContents()).map((h) =>
      h.replace(/[▲▼]/g, '').trim(),
    );
    expect(headers.slice(0, 7)).toEqual([
      'Title',
      'Kind',
      'Identifier',
      'Date',
      'Pages',
      'Imported',
      'Used in',
    ]);
    expect(
      await page.getByRole('button', { name: 'Library', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    await screenshot(page, '45-library-view');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('sorts by a column either way and filters by words and kind', async () => {
    const before = await titles();
    expect(before).toEqual([...before].sort((a, b) => a.localeCompare(b)));
    await table().getByRole('button', { name: 'Title' }).click();
    expect(
      await table()
        .getByRole('columnheader', { name: /^Title/ })
        .getAttribute('aria-sort'),
    ).toBe('descending');
    expect(await titles()).toEqual([...before].reverse());
    await library().getByLabel('Words in the title, identifier or file name').fill('victims');
    await expect.poll(titles).toHaveLength(1);
    expect(await library().getByText('1 of 4 sources').count()).toBe(1);
    await library().getByLabel('Words in the title, identifier or file name').fill('');
    await library().getByLabel('Kind', { exact: true }).selectOption({ label: 'Training' });
    await expect.poll(async () => (await titles()).length).toBeLessThan(4);
    const kinds = await table().locator('tbody tr td:nth-child(2)').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Training']));
    await library().getByLabel('Kind', { exact: true }).selectOption({ label: 'Every kind' });
    await table().getByRole('button', { name: 'Title' }).click();
  });

  it('renames a source and edits its details', async () => {
    const { page } = session;
    const [first = ''] = await titles();
    await table()
      .getByRole('button', { name: `Edit details of ${first}` })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Edit source details' });
    await dialog.getByLabel('Title').fill('   ');
    await dialog.getByRole('button', { name: 'Save' }).click();
    expect(await dialog.getByText('A source needs a title.').count()).toBe(1);
    await dialog.getByLabel('Title').fill('Riverbend General Order 400.01');
    await dialog.getByLabel('Identifier').fill('G.O. 400.01');
    await dialog.getByLabel('Date').fill('2017-09-01');
    await screenshot(page, '46-library-edit-source');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = table().getByRole('row', { name: /Riverbend General Order 400\.01/ });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual(
      expect.arrayContaining(['G.O. 400.01', '2017-09-01']),
    );
    // Search finds it under its new name too.
    await page.getByRole('tab', { name: 'Library & Exhibits' }).click();
    await page.getByLabel('Words to find').fill('immigration status');
    await expect
      .poll(() => page.getByRole('list', { name: 'Search results' }).textContent())
      .toContain('Riverbend General Order 400.01');
  });

  it('opens a source to read full width, and attaches it whole to the matter', async () => {
    const { page } = session;
    await table().getByRole('button', { name: 'Riverbend General Order 400.01', exact: true }).click();
    const reader = library().getByRole('region', { name: 'Riverbend General Order 400.01' });
    await reader.waitFor();
    await expect.poll(focusedText).toBe('Riverbend General Order 400.01');
    const text = reader.getByRole('document', { name: /^Text of / });
    expect(await text.locator('.source-heading').count()).toBeGreaterThan(2);
    expect(await text.getByText('Page 1', { exact: true }).count()).toBe(1);
    await screenshot(page, '47-library-source-reader');
    await reader.getByRole('button', { name: 'Attach whole source' }).click();
    await expect.poll(() => reader.getByRole('status').textContent()).toMatch(/^Attached as Exhibit A/);
    await reader.getByRole('button', { name: 'Back to the list' }).click();
    await expect.poll(focusedText).toBe('Riverbend General Order 400.01');
    const row = table().getByRole('row', { name: /Riverbend General Order 400\.01/ });
    await expect.poll(() => row.textContent()).toContain('Untitled matter');
  });

  it('warns before removing a source a matter uses, then moves focus to the next source', async () => {
    const { page } = session;
    const before = await titles();
    const index = before.indexOf('Riverbend General Order 400.01');
    await table().getByRole('button', { name: 'Remove Riverbend General Order 400.01' }).click();
    const warning = page.getByRole('alertdialog', {
      name: 'Remove “Riverbend General Order 400.01” from the library?',
    });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('It is used in a matter: Untitled matter.');
    await screenshot(page, '48-library-remove-warning');
    expect(await seriousViolations(page)).toEqual([]);
    await warning.getByRole('button', { name: 'Cancel' }).click();
    expect(await titles()).toEqual(before);
    await table().getByRole('button', { name: 'Remove Riverbend General Order 400.01' }).click();
    await warning.getByRole('button', { name: 'Remove anyway' }).click();
    await expect.poll(titles).toEqual(before.filter((t) => t !== 'Riverbend General Order 400.01'));
    await expect.poll(focusedText).toBe(before[index + 1] ?? before[index - 1]);
  });

  it('lists a file imported beside it on the Library & Exhibits tab without being reopened', async () => {
    const { page } = session;
    const count = (await titles()).length;
    await page.getByRole('tab', { name: 'Library & Exhibits' }).click();
    await page
      .getByLabel('Files to import')
      .setInputFiles(path.join(policies, 'go-400-01-immigration-status-inquiries.md'));
    await expect.poll(async () => (await titles()).length, { timeout: 10_000 }).toBe(count + 1);
  });
});
