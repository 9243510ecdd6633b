// The main screens with a realistic matter (the shipped Dallas example), screenshotted for review, and the
// status bar's deadline reminder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { exampleFile, exampleMatter } from '../../templates/example-matter-file';
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
  // The example with its records, and a deadline three weeks out so the reminder has something to count.
  const matter = exampleMatter();
  matter.inquiry.deadline = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  file = path.join(await tempDir('screens'), 'dallas-example.cdesk');
  await fs.writeFile(file, JSON.stringify(exampleFile(matter)));
  host = await startWebHost();
  browser = await openBrowser();
  desk = new DeskPage(browser.page);
  await desk.open(host.url);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('main screens', () => {
  it('opens the example matter, drafts a substantive response and shows the deadline', async () => {
    const { page } = browser;
    await desk.openFile(file);
    await desk.generateDraft('Substantive response');
    await expect.poll(() => desk.chips('respondent.city').allTextContents()).toContain('City of Dallas');
    expect(await page.getByTestId('deadline').textContent()).toMatch(
      /^Deadline \w{3} \d{1,2}, \d{4} — \d+ business days left$/,
    );
    await screenshot(page, '10-response-draft');
    await desk.tab('Matter');
    await page
      .getByRole('group', { name: /Requests/ })
      .first()
      .scrollIntoViewIfNeeded()
      .catch(() => undefined);
    await screenshot(page, '11-matter-form-lists');
  });

  it('mounts the Library & Exhibits panel in its sidebar tab', async () => {
    const tab = browser.page.getByRole('tab', { name: 'Library & Exhibits' });
    await tab.click();
    expect(await browser.page.getByRole('tabpanel', { name: 'Library & Exhibits' }).count()).toBe(1);
    await screenshot(browser.page, '12-library');
  });
});
