// Word's keyboard and status bar habits: Tab indents (Escape then Tab leaves the editor), Ctrl+plus/minus/0
// zoom the page, and the status bar counts the draft's words as they are typed.
import { describe, expect, it } from 'vitest';
import { useDraftSession } from '../support/draft-session';

const session = useDraftSession(async ({ desk, browser }) => {
  await desk.clickEndOf('expressly reserved.');
  await browser.page.keyboard.press('Enter');
});
const focusInEditor = () =>
  session.browser.page.evaluate(() =>
    Boolean(document.activeElement?.closest('[data-testid="draft-editor"]')),
  );

describe('Tab in the draft', () => {
  it('indents at the start of a paragraph, Shift+Tab takes it back, and Escape then Tab leaves the editor', async () => {
    const { page } = session.browser;
    await page.keyboard.type('Indented paragraph.');
    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    const paragraph = session.desk.editor.locator('p').filter({ hasText: 'Indented paragraph.' });
    await expect.poll(() => paragraph.textContent()).toBe('\tIndented paragraph.');
    expect(await focusInEditor()).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => paragraph.textContent()).toBe('Indented paragraph.');
    expect(await focusInEditor()).toBe(true);
    // The way out, for keyboard users, is named to screen readers with the editor.
    const hint = await session.desk.editor.getAttribute('aria-describedby');
    expect(await page.locator(`#${hint}`).textContent()).toContain('press Escape, then Tab');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await focusInEditor()).toBe(false);
    expect(await paragraph.textContent()).toBe('Indented paragraph.');
    // A moment later (after the draft's refresh) the focus is still outside: nothing pulls it back.
    await page.waitForTimeout(800);
    expect(await focusInEditor()).toBe(false);
    // Shift+Tab comes back in, and the caret is where the keyboard left it.
    await page.keyboard.press('Shift+Tab');
    expect(await focusInEditor()).toBe(true);
    await page.keyboard.type('Now ');
    await expect.poll(() => paragraph.textContent()).toBe('Now Indented paragraph.');
  });
});

describe('zoom', () => {
  const level = () =>
    session.browser.page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: /^Zoom \d+%/ });
  const sheetZoom = () =>
    session.browser.page.locator('article.sheet').evaluate((sheet) => getComputedStyle(sheet).zoom);

  it('zooms the page with Ctrl+plus, Ctrl+minus and Ctrl+0, and with the status bar buttons', async () => {
    const { page } = session.browser;
    await session.desk.clickEndOf('Indented paragraph.');
    const before = await session.desk.editor.locator('p').first().boundingBox();
    await page.keyboard.press('Control+=');
    await expect.poll(() => level().textContent()).toBe('110%');
    expect(await sheetZoom()).toBe('1.1');
    const after = await session.desk.editor.locator('p').first().boundingBox();
    expect(after!.width).toBeGreaterThan(before!.width * 1.05);
    await page.keyboard.press('Control+-');
    await page.keyboard.press('Control+-');
    await expect.poll(() => level().textContent()).toBe('90%');
    await page.keyboard.press('Control+0');
    await expect.poll(() => level().textContent()).toBe('100%');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => level().textContent()).toBe('110%');
    await level().click();
    await expect.poll(() => level().textContent()).toBe('100%');
    expect(await sheetZoom()).toBe('1');
  });
});

describe('word count', () => {
  it('shows the words of the draft and follows typing', async () => {
    const { page } = session.browser;
    const count = page.getByTestId('word-count');
    const words = async () => Number((await count.textContent())?.replace(/[^\d]/g, ''));
    await expect.poll(words).toBeGreaterThan(50);
    await page.waitForTimeout(600); // the recount after the last test's typing (it waits for a pause of 300 ms)
    const start = await words();
    await session.desk.clickEndOf('Indented paragraph.');
    await page.keyboard.type(' Three more words');
    await expect.poll(words).toBe(start + 3);
  });
});
