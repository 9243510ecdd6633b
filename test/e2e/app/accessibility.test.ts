// axe-core on the main screens: no serious or critical accessibility violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { openBrowser } from '../support/browser';
import type { OpenBrowser } from '../support/browser';
import { DeskPage } from '../support/desk-page';
import { startWebHost } from '../support/web-host';
import type { RunningHost } from '../support/web-host';

let host: RunningHost;
let browser: OpenBrowser;
let desk: DeskPage;

beforeAll(async () => {
  host = await startWebHost();
  browser = await openBrowser();
  desk = new DeskPage(browser.page);
  await desk.open(host.url);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('accessibility', () => {
  it('the empty window, the drafts panel and the editor have no serious violations', async () => {
    expect(await seriousViolations(browser.page)).toEqual([]);
    await desk.generateDraft();
    expect(await seriousViolations(browser.page)).toEqual([]);
  });

  it('the matter form has no serious violations', async () => {
    await desk.tab('Matter');
    expect(await seriousViolations(browser.page)).toEqual([]);
  });

  it('the unsaved-changes and open dialogs have no serious violations', async () => {
    await browser.page.getByRole('button', { name: 'Open…' }).click();
    const unsaved = browser.page.getByRole('alertdialog', { name: 'Save changes to this matter?' });
    await unsaved.waitFor();
    expect(await seriousViolations(browser.page)).toEqual([]);
    await unsaved.getByRole('button', { name: 'Don’t save' }).click();
    await browser.page.getByRole('dialog', { name: 'Open matter' }).waitFor();
    expect(await seriousViolations(browser.page)).toEqual([]);
    await browser.page.keyboard.press('Escape');
  });
});
