// Continuity (issue 13, point 4): the matter open last, with its draft, view and scroll position, comes back
// after a reload and after a restart of the app; recent matters show their names and paths, on the start
// screen and in Open; a second draft of a template gets a name of its own; the hint follows the state; the
// status bar tells "Not saved yet" from "No changes".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { seriousViolations } from '../support/axe';
import { openBrowser, screenshot } from '../support/browser';
import type { OpenBrowser } from '../support/browser';
import { DeskPage } from '../support/desk-page';
import { startWebHost, tempDir } from '../support/web-host';
import type { RunningHost } from '../support/web-host';

let host: RunningHost;
let browser: OpenBrowser;
let desk: DeskPage;
let file: string;

beforeAll(async () => {
  host = await startWebHost();
  browser = await openBrowser();
  desk = new DeskPage(browser.page);
  await desk.open(host.url);
  file = path.join(await tempDir('continuity'), 'dallas.cdesk');
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const saveState = () => browser.page.getByTestId('save-state').textContent();
const scroller = () =>
  browser.page.getByRole('main', { name: 'Draft editor' }).getByRole('region', { name: 'Page' });
const openDraftTitle = () =>
  browser.page.locator('[data-draft-open][aria-current="true"] .draft-title').textContent();
const EXAMPLE_TITLE = /^EXAMPLE: Texas Attorney General letter of March 7, 2025/;

describe('continuity', () => {
  it('says "Not saved yet" for a new matter and leads from the example to Generate draft', async () => {
    const { page } = browser;
    expect(await saveState()).toBe('Not saved yet');
    await page.getByRole('button', { name: 'Open the Dallas example' }).click();
    await expect.poll(() => page.getByTestId('next-step').textContent()).toContain('“Generate draft”');
    expect(await saveState()).toBe('Not saved yet');
    // The hint's button leads to the template picker.
    await page.getByRole('button', { name: 'Choose a template…' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('template-picker');
  });

  it('names a second draft of a template apart from the first', async () => {
    await desk.generateDraft('Substantive response');
    await desk.generateDraft('Substantive response');
    const titles = await browser.page.locator('[data-draft-open] .draft-title').allTextContents();
    expect(titles).toEqual(['Substantive response', 'Substantive response (2)']);
  });

  it('brings back the matter, its open draft and scroll position after a reload', async () => {
    const { page } = browser;
    await desk.saveAs(file);
    // The first of the two drafts.
    await page.locator('[data-draft-open]').first().click();
    await expect.poll(openDraftTitle).toBe('Substantive response');
    await scroller().evaluate((el) => el.scrollTo({ top: 1500 }));
    // Remembered a moment after the last scroll.
    await page.waitForTimeout(900);
    await page.reload();
    await page.locator('.app[data-ready="true"]').waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(EXAMPLE_TITLE);
    await desk.tab('Drafts');
    await expect.poll(openDraftTitle).toBe('Substantive response');
    await expect.poll(() => scroller().evaluate((el) => el.scrollTop)).toBeGreaterThan(1400);
    expect(await saveState()).toMatch(/^Saved /);
    await screenshot(page, '43-after-reload');
  });

  it('brings back the matter view after a restart of the app', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Matter', exact: true }).click();
    await page.getByRole('main', { name: 'Matter' }).waitFor();
    await page.waitForTimeout(900);
    await host.stop();
    host = await startWebHost(host.dataDir);
    await desk.open(host.url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(EXAMPLE_TITLE);
    await page.getByRole('main', { name: 'Matter' }).waitFor();
    // Back to the draft that was open.
    await page.getByRole('button', { name: 'Back to the draft' }).click();
    await desk.tab('Drafts');
    await expect.poll(openDraftTitle).toBe('Substantive response');
  });

  it('lists recent matters by name and path, on the start screen and in Open', async () => {
    const { page } = browser;
    // Closing the matter forgets it: the next start is a new matter, with the recent ones on its start screen.
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    const start = page.getByRole('region', { name: 'Start' });
    await start.waitFor();
    const recent = start.getByRole('list', { name: 'Recent matters' }).getByRole('button');
    expect(await recent.count()).toBe(1);
    expect(await recent.getAttribute('aria-label')).toMatch(new RegExp(`^EXAMPLE: .*, ${file}$`));
    expect(await recent.textContent()).toContain(file);
    await screenshot(page, '44-start-screen-recent');
    expect(await seriousViolations(page)).toEqual([]);
    await page.reload();
    await page.locator('.app[data-ready="true"]').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Untitled matter');

    await page.getByRole('button', { name: 'Open…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open matter' });
    const listed = dialog.getByRole('list', { name: 'Recent matters' }).getByRole('button');
    expect(await listed.textContent()).toMatch(EXAMPLE_TITLE);
    await listed.click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(EXAMPLE_TITLE);
  });
});
