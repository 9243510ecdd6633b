// Right-click in the draft's ordinary text (browser mode): Cut, Copy, Paste and Paste as plain text; a second
// right-click gives the browser's own menu (its spelling suggestions); a chip keeps its own menu.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, screenshot } from '../support/browser';
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
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  desk = new DeskPage(browser.page);
  await desk.open(host.url);
  await desk.fillField('City', 'City of Dallas');
  await desk.generateDraft();
  await desk.clickEndOf('expressly reserved.');
  await browser.page.keyboard.press('Enter');
  await browser.page.keyboard.type('Alpha Bravo Charlie Zulu');
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const ours = () => desk.editor.locator('p').filter({ hasText: 'Zulu' });
const menu = () => browser.page.getByRole('menu', { name: 'Edit' });
const clipboardText = () => browser.page.evaluate(() => navigator.clipboard.readText());

/** Selects one word of our paragraph by double-clicking it, then right-clicks it. */
async function rightClickWord(word: string): Promise<void> {
  const box = await ours()
    .first()
    .evaluate((p, w) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const start = node.textContent?.indexOf(w) ?? -1;
        if (start < 0) continue;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + w.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`No "${w}" in the paragraph.`);
    }, word);
  await browser.page.mouse.dblclick(box.x, box.y);
  await browser.page.mouse.click(box.x, box.y, { button: 'right' });
}

describe('right-click in the text', () => {
  it('copies and cuts the selected words', async () => {
    await rightClickWord('Bravo');
    await menu().waitFor();
    await screenshot(browser.page, '33-text-menu');
    await menu().getByRole('menuitem', { name: 'Copy' }).click();
    await expect.poll(clipboardText).toBe('Bravo');
    await rightClickWord('Alpha');
    await menu().getByRole('menuitem', { name: 'Cut' }).click();
    await expect.poll(() => ours().first().textContent()).toBe(' Bravo Charlie Zulu');
    await expect.poll(clipboardText).toBe('Alpha');
  });

  it('pastes, and pastes as plain text without the formatting', async () => {
    const { page } = browser;
    await page.evaluate(() =>
      navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob(['<b>Loud</b>'], { type: 'text/html' }),
          'text/plain': new Blob(['Loud'], { type: 'text/plain' }),
        }),
      ]),
    );
    await rightClickWord('Charlie');
    await menu().getByRole('menuitem', { name: 'Paste as plain text' }).click();
    await expect.poll(() => ours().first().textContent()).toBe(' Bravo Loud Zulu');
    expect(await ours().first().locator('strong').count()).toBe(0);
    await rightClickWord('Bravo');
    await menu().getByRole('menuitem', { name: 'Paste', exact: true }).click();
    await expect.poll(() => ours().first().locator('strong', { hasText: 'Loud' }).count()).toBe(1);
  });

  it('leaves a second right-click to the browser, and Escape returns to the text', async () => {
    const { page } = browser;
    await page.evaluate(() => {
      window.addEventListener('contextmenu', (event) => {
        (window as unknown as { lastMenuPrevented: boolean }).lastMenuPrevented = event.defaultPrevented;
      });
    });
    const prevented = () =>
      page.evaluate(() => (window as unknown as { lastMenuPrevented: boolean }).lastMenuPrevented);
    await rightClickWord('Loud');
    expect(await menu().count()).toBe(1);
    expect(await prevented()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu().count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'draft-editor',
    );
    await rightClickWord('Loud');
    const box = await menu().boundingBox();
    await page.mouse.click(box!.x - 30, box!.y + 5, { button: 'right' });
    expect(await prevented()).toBe(false);
    await expect.poll(() => menu().count()).toBe(0);
  });
});
