// The whole drafting flow in the browser-mode app: matter, fields, draft, typing and formatting, live chips,
// save, reload and open again.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { screenshot } from '../support/browser';
import { useDeskSession } from '../support/desk-session';
import { tempDir } from '../support/web-host';

const session = useDeskSession({ open: false });

describe('drafting in the app', () => {
  it('fills a matter, drafts, formats, follows field changes, saves and reopens', async () => {
    const { page } = session;
    await session.desk.open(session.host.url);
    await screenshot(page, '01-start');

    await session.desk.fillField('Matter name', 'Dallas AG inquiry');
    await session.desk.fillField('City', 'City of Dallas');
    await session.desk.generateDraft('Acknowledgment of receipt');
    await expect
      .poll(() => session.desk.chips('respondent.city').allTextContents())
      .toContain('City of Dallas');

    // Type a paragraph with a bold phrase, then a numbered list.
    await session.desk.clickEndOf('expressly reserved.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Typed in the browser. ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('This part is bold.');
    await page.keyboard.press('Control+b');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+7');
    await page.keyboard.type('First numbered point');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Second numbered point');
    await expect
      .poll(() => session.desk.editor.locator('strong').filter({ hasText: 'This part is bold.' }).count())
      .toBe(1);
    await expect
      .poll(() => session.desk.editor.locator('ol > li').filter({ hasText: 'numbered point' }).count())
      .toBe(2);
    await screenshot(page, '02-editing');

    // A field change in the form reaches every linked chip in the draft.
    await session.desk.fillField('City', 'City of Testville');
    // Some chips show the value formatted (the letterhead upper-cases it).
    const cityChips = async () =>
      new Set((await session.desk.chips('respondent.city').allTextContents()).map((t) => t.toLowerCase()));
    await expect.poll(cityChips).toEqual(new Set(['city of testville']));
    await screenshot(page, '03-matter-form');

    const file = path.join(await tempDir('save'), 'dallas.cdesk');
    await session.desk.saveAs(file);
    await screenshot(page, '04-saved');

    await page.reload();
    await page.getByRole('button', { name: 'Generate draft' }).waitFor();
    await session.desk.openFile(file);
    await expect
      .poll(() => session.desk.editor.textContent())
      .toContain('Typed in the browser. This part is bold.');
    expect(await session.desk.editor.locator('ol > li').filter({ hasText: 'numbered point' }).count()).toBe(
      2,
    );
    expect(await session.desk.chips('respondent.city').allTextContents()).toContain('City of Testville');
    expect(await page.getByRole('heading', { name: 'Dallas AG inquiry' }).count()).toBe(1);
  });
});
