// Work survives a crash: after autosave, the host is killed (kill -9); on restart the app offers to
// recover, and the typed text comes back.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, screenshot } from '../support/browser';
import type { OpenBrowser } from '../support/browser';
import { DeskPage } from '../support/desk-page';
import { startWebHost } from '../support/web-host';
import type { RunningHost } from '../support/web-host';

let host: RunningHost | undefined;
let browser: OpenBrowser;

beforeAll(async () => {
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('recovering unsaved work', () => {
  it('brings back typed text after the host is killed mid-edit', async () => {
    host = await startWebHost();
    const desk = new DeskPage(browser.page);
    const { page } = browser;
    await desk.open(host.url);
    await desk.generateDraft();
    await desk.clickEndOf('expressly reserved.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Sentence that must survive a crash.');
    await page.getByTestId('save-state').filter({ hasText: 'Autosaved' }).waitFor({ timeout: 15_000 });

    const dataDir = host.dataDir;
    const slots = () => readdirSync(path.join(dataDir, 'recovery')).filter((n) => n.startsWith('window-'));
    // "Autosaved" may name a copy written before the last words were typed: wait for the one holding them.
    await expect
      .poll(
        () =>
          slots().some((n) =>
            readFileSync(path.join(dataDir, 'recovery', n), 'utf8').includes('Sentence that must survive'),
          ),
        { timeout: 15_000 },
      )
      .toBe(true);
    const crashedSlots = slots();
    expect(crashedSlots).toHaveLength(1);
    await host.kill();
    host = await startWebHost(dataDir);
    await page.goto(host.url);
    const dialog = page.getByRole('alertdialog', { name: 'Recover unsaved work?' });
    await dialog.waitFor();
    await screenshot(page, '05-recovery');
    await dialog.getByRole('button', { name: 'Recover unsaved work' }).click();
    await expect.poll(() => desk.editor.textContent()).toContain('Sentence that must survive a crash.');
    expect(await page.getByTestId('save-state').textContent()).toContain('Unsaved changes');
    // The recovered work now lives in this window's own slot; the crashed window's slot is gone (it is
    // removed only once the new one is written, so both exist for a moment).
    await expect
      .poll(() => {
        const now = slots();
        return now.length === 1 && now[0] !== crashedSlots[0];
      })
      .toBe(true);
  });
});
