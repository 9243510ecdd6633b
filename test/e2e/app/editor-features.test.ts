// Word-like editing in the app: paste from Word keeps formatting, Ctrl+Shift+V pastes plain text, Tab nests
// list items, headings and page breaks by shortcut, a field chip can be unlinked, undo works.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openBrowser, screenshot } from '../support/browser';
import type { OpenBrowser } from '../support/browser';
import { DeskPage } from '../support/desk-page';
import { startWebHost } from '../support/web-host';
import type { RunningHost } from '../support/web-host';

let host: RunningHost;
let browser: OpenBrowser;
let desk: DeskPage;

const WORD_HTML = `<html><body>
<h2>Background</h2>
<p class=MsoNormal>The City <b>denies</b> the <i>allegation</i> and <u>reserves</u> its rights.</p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>1.<span> </span></span>First point</p>
<p class=MsoListParagraph style='mso-list:l0 level2 lfo1'><span style='mso-list:Ignore'>a.<span> </span></span>Sub point</p>
<blockquote><p>Quoted policy text.</p></blockquote>
<table><tr><th>No.</th><th>Record</th></tr><tr><td>1</td><td>Memo</td></tr></table>
</body></html>`;

async function copyToClipboard(html: string, text: string): Promise<void> {
  await browser.page.evaluate(
    async ([h, t]) => {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([h!], { type: 'text/html' }),
          'text/plain': new Blob([t!], { type: 'text/plain' }),
        }),
      ]);
    },
    [html, text],
  );
}

beforeAll(async () => {
  host = await startWebHost();
  browser = await openBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  desk = new DeskPage(browser.page);
  await desk.open(host.url);
  await desk.fillField('City', 'City of Dallas');
  await desk.generateDraft();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

beforeEach(async () => {
  await desk.clickEndOf('expressly reserved.');
  await browser.page.keyboard.press('Enter');
});

describe('editing like a word processor', () => {
  it('pastes Word HTML as headings, marks, nested lists, quotes and tables', async () => {
    await copyToClipboard(WORD_HTML, 'plain version');
    await browser.page.keyboard.press('Control+v');
    const editor = desk.editor;
    await expect.poll(() => editor.locator('h2', { hasText: 'Background' }).count()).toBe(1);
    expect(await editor.locator('strong', { hasText: 'denies' }).count()).toBe(1);
    expect(await editor.locator('em', { hasText: 'allegation' }).count()).toBe(1);
    expect(await editor.locator('u', { hasText: 'reserves' }).count()).toBe(1);
    expect(
      await editor
        .locator('ol > li', { hasText: 'First point' })
        .locator('ol > li', { hasText: 'Sub point' })
        .count(),
    ).toBe(1);
    expect(await editor.locator('blockquote', { hasText: 'Quoted policy text.' }).count()).toBe(1);
    expect(await editor.locator('table td', { hasText: 'Memo' }).count()).toBe(1);
    expect(await editor.textContent()).not.toContain('1.');
    await screenshot(browser.page, '07-pasted-from-word');
  });

  it('pastes only the text with Ctrl+Shift+V', async () => {
    await copyToClipboard('<p><b>Loud words</b></p>', 'Quiet words');
    await browser.page.keyboard.press('Control+Shift+v');
    await expect.poll(() => desk.editor.textContent()).toContain('Quiet words');
    expect(await desk.editor.locator('strong', { hasText: 'Loud words' }).count()).toBe(0);
  });

  it('nests a list item with Tab and brings it back with Shift+Tab', async () => {
    const { page } = browser;
    await page.keyboard.press('Control+Shift+8');
    await page.keyboard.type('Outer item');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Inner item');
    await page.keyboard.press('Tab');
    const nested = desk.editor
      .locator('ul > li', { hasText: 'Outer item' })
      .locator('ul > li', { hasText: 'Inner item' });
    await expect.poll(() => nested.count()).toBe(1);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => nested.count()).toBe(0);
  });

  it('makes a heading, inserts a page break and undoes it', async () => {
    const { page } = browser;
    await page.keyboard.type('Conclusion');
    await page.keyboard.press('Control+Alt+2');
    await expect.poll(() => desk.editor.locator('h2', { hasText: 'Conclusion' }).count()).toBe(1);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => desk.editor.getByText('Page break').count()).toBeGreaterThan(0);
    const breaks = await desk.editor.locator('.page-break').count();
    await page.keyboard.press('Control+z');
    await expect.poll(() => desk.editor.locator('.page-break').count()).toBe(breaks - 1);
  });

  it('unlinks a field chip into plain text from its context menu', async () => {
    const { page } = browser;
    const before = await desk.chips('respondent.city').count();
    const chip = desk.editor.locator('[data-field-path="respondent.city"]').nth(1);
    // The hover names the field in words and says where to change it; no internal field path.
    expect(await chip.getAttribute('title')).toBe(
      'City: from the matter. Change it on the Matter tab; right-click to unlink.',
    );
    await chip.click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Unlink (make plain text)' }).click();
    await expect.poll(() => desk.chips('respondent.city').count()).toBe(before - 1);
    expect(await desk.editor.textContent()).toContain('City of Dallas');
  });
});
