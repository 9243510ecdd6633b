// Renaming a draft in the list (Enter saves, Escape keeps the old title, an empty title is refused) and
// deleting one after a confirmation; both survive a save and reopen.
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { seriousViolations } from '../support/axe';
import { screenshot } from '../support/browser';
import { useDeskSession } from '../support/desk-session';
import { tempDir } from '../support/web-host';

const session = useDeskSession();

/** The accessible name of whatever has keyboard focus, read from the accessibility tree the way a screen
 * reader would announce it (`- button "Generate draft"`). */
const focusedName = async (): Promise<string | undefined> => {
  const snapshot = await session.page.locator('*:focus').ariaSnapshot({ timeout: 1000 });
  return /^- [\w-]+ "(.*)"/.exec(snapshot)?.[1];
};

const savedTitles = async (file: string): Promise<string[]> =>
  (JSON.parse(await readFile(file, 'utf8')) as { drafts: { title: string }[] }).drafts.map((d) => d.title);

describe('renaming and deleting drafts', () => {
  it('renames in place, keeps the title through save and reopen, and deletes only after asking', async () => {
    const { page, desk } = session;
    await desk.generateDraft('Acknowledgment of receipt');
    await desk.generateDraft('Acknowledgment of receipt');
    const list = page.getByRole('list').filter({ has: page.getByRole('button', { name: /^Rename draft/ }) });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    const oldTitle = (await list.locator('.draft-title').first().textContent()) ?? '';
    // A second draft of the same template gets a name of its own.
    const second = `${oldTitle} (2)`;
    expect(await list.locator('.draft-title').allTextContents()).toEqual([oldTitle, second]);

    // Keyboard only: focus Rename, Enter opens the text box; an empty title is refused with a message.
    await page
      .getByRole('button', { name: `Rename draft “${oldTitle}”` })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    const titleBox = page.getByRole('textbox', { name: `New title for the draft “${oldTitle}”` });
    await titleBox.fill('   ');
    await page.keyboard.press('Enter');
    await screenshot(page, '30-draft-rename-refused');
    await expect(page.getByRole('alert').filter({ hasText: 'A draft needs a title' }).count()).resolves.toBe(
      1,
    );
    // Escape keeps the old title.
    await page.keyboard.press('Escape');
    await expect.poll(() => list.locator('.draft-title').first().textContent()).toBe(oldTitle);
    // Enter saves the new one; the open editor's name follows.
    await page
      .getByRole('button', { name: `Rename draft “${oldTitle}”` })
      .first()
      .click();
    await titleBox.fill('Acknowledgment to the AG (Dallas)');
    await page.keyboard.press('Enter');
    await list.getByRole('button', { name: 'Rename draft “Acknowledgment to the AG (Dallas)”' }).waitFor();
    await expect
      .poll(() => list.locator('.draft-title').allTextContents())
      .toEqual(['Acknowledgment to the AG (Dallas)', second]);
    expect(await page.getByTestId('save-state').textContent()).toContain('Unsaved');

    const file = path.join(await tempDir('drafts'), 'drafts.cdesk');
    await desk.saveAs(file);
    expect(await savedTitles(file)).toEqual(['Acknowledgment to the AG (Dallas)', second]);
    await page.reload();
    await page.getByRole('button', { name: 'Generate draft' }).waitFor();
    await desk.openFile(file);
    await desk.tab('Drafts');
    await expect
      .poll(() => list.locator('.draft-title').allTextContents())
      .toEqual(['Acknowledgment to the AG (Dallas)', second]);

    // Open the renamed draft, then delete it: the dialog names it; Cancel keeps it.
    await list.getByRole('button', { name: /^Acknowledgment to the AG \(Dallas\)/ }).click();
    await desk.editor.waitFor();
    await page.getByRole('button', { name: 'Delete draft “Acknowledgment to the AG (Dallas)”' }).click();
    const confirm = page.getByRole('alertdialog', {
      name: 'Delete the draft “Acknowledgment to the AG (Dallas)”?',
    });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('This cannot be undone once the matter is saved.');
    await screenshot(page, '31-draft-delete-confirm');
    expect(await seriousViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await list.getByRole('listitem').count()).toBe(2);

    // Delete removes it; the next draft opens in its place and the matter is unsaved until saved.
    await page.getByRole('button', { name: 'Delete draft “Acknowledgment to the AG (Dallas)”' }).click();
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => list.locator('.draft-title').allTextContents()).toEqual([second]);
    // Keyboard focus lands on the draft that opened in its place, not on the vanished Delete button.
    await expect.poll(focusedName).toMatch(new RegExp(`^${second.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `));
    await expect.poll(() => page.getByTestId('save-state').textContent()).toContain('Unsaved');
    await page.getByRole('textbox', { name: `${second}, draft text` }).waitFor();
    await page.keyboard.press('Control+s');
    await page
      .getByTestId('save-state')
      .filter({ hasText: /^Saved / })
      .waitFor();
    expect(await savedTitles(file)).toEqual([second]);

    // Deleting the last draft leaves the empty editor state.
    await page.getByRole('button', { name: `Delete draft “${second}”` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('No drafts yet.').waitFor();
    expect(await desk.editor.count()).toBe(0);
    // With no draft left, focus goes to "Generate draft", the next thing to do.
    await expect.poll(focusedName).toBe('Generate draft');
  });
});
