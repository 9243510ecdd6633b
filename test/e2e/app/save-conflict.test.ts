// Two windows on one matter file: the second to save is told the file changed on disk and chooses Save As…
// or Overwrite; nothing is silently replaced. Each window keeps its own recovery copy meanwhile.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { DeskPage } from '../support/desk-page';
import { useDeskSession } from '../support/desk-session';
import { tempDir } from '../support/web-host';

const session = useDeskSession();

const titleOnDisk = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { matter: { title: string } }).matter.title;

async function saveWithCtrlS(page: Page): Promise<void> {
  await page.keyboard.press('Control+s');
}

const conflictDialog = (page: Page) =>
  page.getByRole('alertdialog', { name: 'The file on disk is not the one you opened' });

const savedState = (page: Page) => page.getByTestId('save-state').filter({ hasText: /^Saved / });

describe('two windows saving one matter file', () => {
  it('asks the second window to choose, and Overwrite and Save As… each do what they say', async () => {
    const { desk: first, page: pageA, host, browser } = session;
    const file = path.join(await tempDir('conflict'), 'dallas.cdesk');
    await first.fillField('Matter name', 'Opened by both');
    await first.saveAs(file);

    const pageB = await browser.context.newPage();
    const second = new DeskPage(pageB);
    await second.open(host.url);
    await second.openFile(file);

    // Both windows have unsaved work: each keeps its own recovery copy.
    await first.fillField('Matter name', 'Saved by window A');
    await second.fillField('Matter name', 'Saved by window B');
    for (const page of [pageA, pageB]) {
      await page.getByTestId('save-state').filter({ hasText: 'Autosaved' }).waitFor({ timeout: 15_000 });
    }
    const slots = readdirSync(path.join(host.dataDir, 'recovery')).filter((n) => n.startsWith('window-'));
    expect(slots).toHaveLength(2);

    await pageA.bringToFront();
    await saveWithCtrlS(pageA);
    await savedState(pageA).waitFor();
    expect(titleOnDisk(file)).toBe('Saved by window A');
    // Window A's save removed its own recovery copy only.
    await expect
      .poll(() => readdirSync(path.join(host.dataDir, 'recovery')).filter((n) => n.startsWith('window-')))
      .toHaveLength(1);

    await pageB.bringToFront();
    await saveWithCtrlS(pageB);
    const dialog = conflictDialog(pageB);
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('dallas.cdesk was changed on disk');
    await screenshot(pageB, '06-save-conflict');
    expect(titleOnDisk(file)).toBe('Saved by window A');
    await dialog.getByRole('button', { name: 'Overwrite' }).click();
    await savedState(pageB).waitFor();
    expect(titleOnDisk(file)).toBe('Saved by window B');
    expect(titleOnDisk(`${file}.bak`)).toBe('Saved by window A');

    // Window A, now behind, saves again: Save As… keeps both versions.
    await pageA.bringToFront();
    await first.fillField('Matter name', 'Window A again');
    await saveWithCtrlS(pageA);
    await conflictDialog(pageA).getByRole('button', { name: 'Save As…' }).click();
    const copy = file.replace('dallas.cdesk', 'dallas-window-a.cdesk');
    const saveAs = pageA.getByRole('dialog', { name: 'Save matter as' });
    await saveAs.getByLabel('File path').fill(copy);
    await saveAs.getByRole('button', { name: 'Save' }).click();
    await savedState(pageA).waitFor();
    expect(titleOnDisk(copy)).toBe('Window A again');
    expect(titleOnDisk(file)).toBe('Saved by window B');
    await pageB.close();
  });
});
