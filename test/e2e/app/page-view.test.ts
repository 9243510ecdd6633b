// Page view and print, as a user meets them: the example's substantive response shown as the export paginates
// it (letterhead on page 1, the continuation header from page 2, "Page 1 of N", the exhibits with their Bates
// numbers), following what is typed, and Ctrl+P printing those pages alone.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { screenshot } from '../support/browser';
import { useDeskSession } from '../support/desk-session';
import { tempDir } from '../support/web-host';

const session = useDeskSession();
/** A new draft is dated today, in the letter's style ("March 7, 2025"). */
const today = () =>
  new Date().toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });

const pageView = () => session.page.getByRole('region', { name: 'Page view' });
const sheet = (n: number) => pageView().getByRole('region', { name: `Page ${n}`, exact: true });
/** A sheet's text as shown: sheets out of sight are not drawn, so it is scrolled into view first. */
async function sheetText(n: number): Promise<string> {
  await sheet(n).scrollIntoViewIfNeeded();
  await expect.poll(() => sheet(n).innerText()).not.toBe('');
  return sheet(n).innerText();
}

describe('page view', () => {
  it('shows the draft as the export paginates it and follows typing', async () => {
    const { page, desk } = session;
    await page.getByRole('button', { name: 'Open the Dallas example' }).click();
    await desk.generateDraft('Substantive response');
    const button = page.getByRole('button', { name: 'Page view' });
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await pageView()
      .getByRole('status')
      .filter({ hasText: /^\d+ pages? and \d+ pages? of exhibits$/ })
      .waitFor();
    const status = await pageView().getByRole('status').innerText();
    const letterPages = Number(/^(\d+)/.exec(status)![1]);
    expect(letterPages).toBeGreaterThan(1);

    const first = await sheetText(1);
    expect(first).toContain('CITY OF DALLAS');
    expect(first).toContain(`Page 1 of ${letterPages}`);
    const second = await sheetText(2);
    expect(second).not.toContain('CITY OF DALLAS');
    // The continuation header: the addressee (still to confirm in the example), the letter's date, the page.
    expect(second).toMatch(
      new RegExp(
        `^DRAFT — required fields missing\\n\\[Confirm: name of the person who signed the letter\\]\\n${today()}\\nPage 2 of ${letterPages}\\n`,
      ),
    );
    // The exhibits after the letter: the index, then a cover page and Bates numbers at the foot.
    const index = await sheetText(letterPages + 1);
    expect(index).toContain('INDEX OF EXHIBITS');
    const cover = await sheetText(letterPages + 2);
    expect(cover).toContain('EXHIBIT A');
    expect(cover).toMatch(/DAL-AG-\d{6}/);
    await sheetText(1); // back at the top, drawn
    await screenshot(page, '40-page-view');
    expect(await seriousViolations(page)).toEqual([]);

    // Typing shows in the page view within a second of the pause.
    await desk.clickEndOf('Sincerely,');
    await page.keyboard.type(' Typed for the page view.');
    await expect
      .poll(async () => (await pageView().textContent())!.includes('Typed for the page view.'), {
        timeout: 1_500,
      })
      .toBe(true);
  });

  it('prints only the pages with Ctrl+P', async () => {
    const { page } = session;
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.keyboard.press('Control+p');
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    try {
      // Nothing but the sheets is drawn: no toolbar, no editor, no sidebar, no page view status.
      const shown = await page.evaluate(() => {
        const visible = (element: Element) => element.getClientRects().length > 0;
        return {
          toolbar: visible(document.querySelector('[role="toolbar"]')!),
          editor: visible(document.querySelector('[data-testid="draft-editor"]')!),
          sidebar: visible(document.querySelector('.sidebar')!),
          pages: [...document.querySelectorAll('.pv-page')].filter(visible).length,
          firstPage: document.querySelector('.pv-page')!.getBoundingClientRect().toJSON(),
        };
      });
      expect(shown).toMatchObject({ toolbar: false, editor: false, sidebar: false });
      expect(shown.pages).toBeGreaterThan(2);
      // A sheet at its own size (8.5 x 11 in), at the top left of the paper.
      expect(shown.firstPage).toMatchObject({ x: 0, y: 0, width: 816, height: 1056 });
      await screenshot(page, '41-page-view-print');
      // Printed, one sheet a page: as many pages as the page view has sheets.
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const printed = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(printed).toBe(shown.pages);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('lays out the draft again after its file is opened again', async () => {
    const { desk } = session;
    const file = path.join(await tempDir('page-view'), 'letter.cdesk');
    await desk.saveAs(file);
    await desk.openFile(file);
    // The reopened draft gets a fresh editor, and the page view (still pressed) lays it out.
    await expect
      .poll(() => pageView().getByRole('status').innerText())
      .toMatch(/^\d+ pages and 2 pages of exhibits$/);
    expect(await pageView().textContent()).toContain('Typed for the page view.');
  });
});
