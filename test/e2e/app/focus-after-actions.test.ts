// Focus and keyboard (issue 13, point 3): every Add, Remove and Insert leaves focus where the next keystroke
// belongs. Typing a name after "Add copy" fills the new copy's name (it does not press Add again); after
// Remove, the item now in its place; after "Insert reference", the draft's caret.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { screenshot } from '../support/browser';
import { useDeskSession } from '../support/desk-session';
import { repoRoot } from '../support/web-host';

const session = useDeskSession();

const copies = () => session.page.getByRole('group', { name: /^Copies to/ });
const focusedId = () => session.page.evaluate(() => document.activeElement?.id ?? '');

describe('focus after an action', () => {
  it('goes into the new item after Add, so typing fills it', async () => {
    const { page } = session;
    await copies().getByRole('button', { name: 'Add copy' }).click();
    await page.keyboard.type('Jane Roe');
    await page.keyboard.press('Tab');
    await page.keyboard.type('City Secretary');
    expect(
      await copies()
        .getByRole('group', { name: /^Copy \d/ })
        .count(),
    ).toBe(1);
    const copy1 = copies().getByRole('group', { name: 'Copy 1' });
    expect(await copy1.getByRole('textbox').nth(0).inputValue()).toBe('Jane Roe');
    expect(await copy1.getByRole('textbox').nth(1).inputValue()).toBe('City Secretary');
    // Keyboard only: Enter on Add, then type.
    await copies().getByRole('button', { name: 'Add copy' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('John Doe');
    expect(
      await copies()
        .getByRole('group', { name: /^Copy \d/ })
        .count(),
    ).toBe(2);
    expect(
      await copies().getByRole('group', { name: 'Copy 2' }).getByRole('textbox').first().inputValue(),
    ).toBe('John Doe');
  });

  it('goes to the item now in its place after Remove, then the one before, then Add', async () => {
    const { page } = session;
    // Start from three copies named A, B, C.
    while (
      (await copies()
        .getByRole('group', { name: /^Copy \d/ })
        .count()) > 0
    )
      await copies()
        .getByRole('button', { name: /^Remove Copy/ })
        .first()
        .click();
    for (const name of ['A', 'B', 'C']) {
      await copies().getByRole('button', { name: 'Add copy' }).click();
      await page.keyboard.type(name);
    }
    await copies().getByRole('button', { name: 'Remove Copy 2' }).click();
    await expect.poll(focusedId).toBe('field-cc-1-name');
    expect(await page.locator('#field-cc-1-name').inputValue()).toBe('C');
    await copies().getByRole('button', { name: 'Remove Copy 2' }).click();
    await expect.poll(focusedId).toBe('field-cc-0-name');
    expect(await page.locator('#field-cc-0-name').inputValue()).toBe('A');
    await copies().getByRole('button', { name: 'Remove Copy 1' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Add copy');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('goes back to the draft’s caret after Insert reference, so the next word follows the reference', async () => {
    const { page, desk } = session;
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Don’t save' }).click();
    await page.getByRole('button', { name: 'Open the Dallas example' }).click();
    await desk.generateDraft('Substantive response');
    await desk.clickEndOf('The requests are numbered for reference.');
    await page.keyboard.type(' See ');
    // With the whole matter covering the draft, the reference still goes in at the caret, and the draft shows.
    await page.getByRole('button', { name: 'Matter', exact: true }).click();
    await page.getByRole('tab', { name: 'Library & Exhibits' }).click();
    await page.getByRole('button', { name: 'Insert reference to Exhibit A' }).click();
    await desk.editor.waitFor({ state: 'visible' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Substantive response, draft text');
    await page.keyboard.type(' for the order itself.');
    // (A chip's text is fenced by invisible U+FEFF characters in the page.)
    await expect
      .poll(async () => (await desk.editor.textContent())?.replace(/\ufeff/g, ''))
      .toContain('The requests are numbered for reference. See Exhibit A for the order itself.');
    await screenshot(page, '42-insert-reference-caret');
  });

  it('goes to the record now in its place after deleting one', async () => {
    const { page } = session;
    const rows = page.getByRole('list', { name: 'Records' }).getByRole('listitem');
    const descriptions = () =>
      rows.evaluateAll((items) =>
        items.map((li) => (li.querySelector('.record-description') as HTMLInputElement | null)?.value ?? ''),
      );
    const before = await descriptions();
    await page.getByRole('button', { name: 'Delete Record 2' }).click();
    await expect.poll(async () => (await descriptions()).length).toBe(before.length - 1);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (document.activeElement?.querySelector('.record-description') as HTMLInputElement | null)?.value,
        ),
      )
      .toBe(before[2]);
  });

  it('goes back to the draft’s caret after Quote in draft', async () => {
    const { page, desk } = session;
    await page
      .getByLabel('Files to import')
      .setInputFiles(path.join(repoRoot, 'examples/policies/training-bulletin-2017-09.md'));
    await page.getByRole('list', { name: 'Import results' }).waitFor();
    await desk.clickEndOf('The requests are numbered for reference.');
    await page.getByRole('tab', { name: 'Library & Exhibits' }).click();
    await page.getByLabel('Words to find').fill('Senate Bill 4');
    await page.locator('.search-hit').first().click();
    await page
      .getByRole('document', { name: /^Text of Training Bulletin/ })
      .locator('p')
      .filter({ hasText: /You may ask about the immigration status/ })
      .first()
      .evaluate((p) => {
        const range = document.createRange();
        range.selectNodeContents(p);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
    await page.getByRole('button', { name: 'Quote in draft' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Substantive response, draft text');
    await page.keyboard.type('Typed after the quotation.');
    await expect.poll(() => desk.editor.textContent()).toContain('Typed after the quotation.');
  });
});
