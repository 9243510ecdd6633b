// Find and replace as in Word: Ctrl+F finds, Ctrl+H replaces (match case, whole words, Replace all as one
// undo step), and a match inside a matter value is never cut apart: replacing it asks to change the value.
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { useDraftSession } from '../support/draft-session';

const PARAGRAPH = 'Alpha beta alpha, ALPHA and alphabet.';

const session = useDraftSession(async ({ desk, browser }) => {
  await desk.clickEndOf('expressly reserved.');
  await browser.page.keyboard.press('Enter');
  await browser.page.keyboard.type(PARAGRAPH);
});
const ourParagraph = () => session.desk.editor.locator('p').filter({ hasText: /beta/ });

describe('find and replace', () => {
  it('Ctrl+F finds in the draft and steps through the matches', async () => {
    const { page } = session.browser;
    await page.keyboard.press('Control+f');
    const dialog = page.getByRole('dialog', { name: 'Find', exact: true });
    await dialog.getByLabel('Find', { exact: true }).fill('alpha');
    const status = dialog.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('4 matches');
    await dialog.getByLabel('Whole words').check();
    await expect.poll(() => status.textContent()).toBe('3 matches');
    await dialog.getByLabel('Match case').check();
    await expect.poll(() => status.textContent()).toBe('1 match');
    await dialog.getByLabel('Find', { exact: true }).press('Enter');
    await expect.poll(() => status.textContent()).toMatch(/^(Continued from the top\. )?1 of 1$/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('Ctrl+H replaces one match, then all of them in one undo step', async () => {
    const { page } = session.browser;
    await ourParagraph().click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Control+h');
    const dialog = page.getByRole('dialog', { name: 'Find and replace' });
    const find = dialog.getByLabel('Find', { exact: true });
    await find.fill('alpha');
    await dialog.getByLabel('Match case').uncheck();
    await dialog.getByLabel('Whole words').check();
    await dialog.getByLabel('Replace with').fill('Gamma');
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('button', { name: 'Replace', exact: true }).click();
    await expect.poll(() => ourParagraph().textContent()).toBe('Gamma beta alpha, ALPHA and alphabet.');
    await dialog.getByRole('button', { name: 'Replace all' }).click();
    await expect.poll(() => ourParagraph().textContent()).toBe('Gamma beta Gamma, Gamma and alphabet.');
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Replaced 2.');
    await screenshot(page, '30-find-and-replace');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => ourParagraph().textContent()).toBe('Gamma beta alpha, ALPHA and alphabet.');
  });

  it('reports a match inside a matter value and asks before changing the value', async () => {
    const { page } = session.browser;
    const cityChips = session.desk.chips('respondent.city');
    const plainChip = cityChips.filter({ hasText: /^City of / }).first();
    expect(await plainChip.count()).toBe(1);
    await page.keyboard.press('Control+h');
    const dialog = page.getByRole('dialog', { name: 'Find and replace' });
    await dialog.getByLabel('Find', { exact: true }).fill('Dallas');
    await dialog.getByLabel('Replace with').fill('Austin');
    await dialog.getByRole('button', { name: 'Next' }).click();
    await expect
      .poll(() => dialog.getByRole('status').textContent())
      .toContain('inside the matter value City');
    await dialog.getByRole('button', { name: 'Replace', exact: true }).click();
    const question = dialog.getByRole('group', { name: 'Change the matter value?' });
    await expect.poll(() => question.textContent()).toContain('Change the value to “City of Austin”');
    // Nothing changes before the answer: the chip still holds the matter's value, whole.
    expect(await plainChip.textContent()).toBe('City of Dallas');
    await question.getByRole('button', { name: 'Change the matter value' }).click();
    await expect.poll(() => plainChip.textContent()).toBe('City of Austin');
    // Every chip of the field follows, the upper-cased letterhead too.
    const shown = new Set(await cityChips.allTextContents());
    expect([...shown].every((text) => text.toLowerCase() === 'city of austin')).toBe(true);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await session.desk.tab('Matter');
    expect(await page.getByLabel('City', { exact: true }).first().inputValue()).toBe('City of Austin');
  });
});
