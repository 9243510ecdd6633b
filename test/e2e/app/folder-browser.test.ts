// Browser mode's Open and Save As browse the folders the host lists, inside a browsing root: by mouse and by
// keyboard alone, found by role and accessible name as a person using a screen reader would.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { screenshot } from '../support/browser';
import { useDeskSession } from '../support/desk-session';

// The host inherits this when the session starts it (before the tests run).
const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'counsel-desk-browse-')));
for (const folder of ['Matters/Dallas', 'Archive/Big', '.hidden-stuff'])
  mkdirSync(path.join(root, folder), { recursive: true });
for (let i = 1; i <= 5003; i++) writeFileSync(path.join(root, 'Archive/Big', `matter ${i}.cdesk`), '');
const before = process.env.COUNSEL_DESK_BROWSE_ROOT;
process.env.COUNSEL_DESK_BROWSE_ROOT = root;
afterAll(() => {
  if (before === undefined) delete process.env.COUNSEL_DESK_BROWSE_ROOT;
  else process.env.COUNSEL_DESK_BROWSE_ROOT = before;
});

const session = useDeskSession();
const dallas = path.join(root, 'Matters', 'Dallas');

const list = (page: Page) => page.getByRole('listbox', { name: 'Folders and matter files' });
const option = (page: Page, name: string) => list(page).getByRole('option', { name });
const currentFolder = (page: Page) =>
  page.getByRole('navigation', { name: 'Current folder' }).locator('[aria-current]');
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const savedState = (page: Page) => page.getByTestId('save-state').filter({ hasText: /^Saved / });

async function newMatter(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+N'); // the matter before was saved: nothing to ask
  await expect.poll(() => heading(page)).toBe('Untitled matter');
  await session.desk.fillField('Matter name', title);
}

/** Tabs (or Shift+Tabs) until the focus is on the element with this accessible role and name. */
async function tabTo(page: Page, test: () => Promise<boolean>, back = false): Promise<void> {
  for (let i = 0; i < 12; i++) {
    if (await test()) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error('The focus never reached the element the keyboard was looking for.');
}

const focused = (page: Page, selector: string) => () =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

describe('browsing folders in Open and Save As', () => {
  it('Save As browses into a folder, takes a name and saves the matter there', async () => {
    const { page } = session;
    await session.desk.fillField('Matter name', 'Browsed matter');
    await page.keyboard.press('Control+s');
    const dialog = page.getByRole('dialog', { name: 'Save matter as' });
    await option(page, 'Archive folder').waitFor();
    expect(await currentFolder(page).textContent()).toBe(path.basename(root));
    expect(await option(page, '.hidden-stuff folder').count()).toBe(0);
    await dialog.getByRole('checkbox', { name: 'Show hidden files' }).check();
    await option(page, '.hidden-stuff folder').waitFor();
    await dialog.getByRole('checkbox', { name: 'Show hidden files' }).uncheck();

    await option(page, 'Matters folder').dblclick();
    await option(page, 'Dallas folder').dblclick();
    await expect.poll(() => currentFolder(page).textContent()).toBe('Dallas');
    expect(await option(page, 'Dallas folder').count()).toBe(0);
    await dialog.getByLabel('File name').fill('dallas-reply');
    expect(await dialog.getByLabel('File path').inputValue()).toBe(path.join(dallas, 'dallas-reply.cdesk'));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'folder-browser-save-as');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await savedState(page).waitFor();
    expect(existsSync(path.join(dallas, 'dallas-reply.cdesk'))).toBe(true);
  });

  it('Open browses from the top down to that file and opens it', async () => {
    const { page } = session;
    await newMatter(page, 'Something else');
    await page.getByRole('button', { name: 'Open…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open matter' });
    await page.getByRole('alertdialog').getByRole('button', { name: 'Don’t save' }).click();
    // It starts where the last matter was; the breadcrumb goes back to the top.
    await option(page, 'dallas-reply.cdesk').waitFor();
    await dialog
      .getByRole('navigation', { name: 'Current folder' })
      .getByRole('button', { name: path.basename(root) })
      .click();
    // The breadcrumb button is gone once its folder is shown: the keyboard carries on from the list.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listbox');
    await option(page, 'Matters folder').dblclick();
    await dialog.getByRole('button', { name: 'Up' }).click();
    await option(page, 'Matters folder').dblclick();
    await option(page, 'Dallas folder').dblclick();
    await option(page, 'dallas-reply.cdesk').waitFor();
    await screenshot(page, 'folder-browser-open');
    expect(await seriousViolations(page)).toEqual([]);
    await option(page, 'dallas-reply.cdesk').dblclick();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => heading(page)).toBe('Browsed matter');
  });

  it('works with the keyboard alone: arrows, Enter into a folder, Backspace up, Enter on a file', async () => {
    const { page } = session;
    page.setDefaultTimeout(10_000);
    await newMatter(page, 'Keyboard matter');
    await page.keyboard.press('Control+s');
    const saveAs = page.getByRole('dialog', { name: 'Save matter as' });
    await list(page).getByRole('option').first().waitFor();
    // The name field has the focus, its suggestion selected: typing replaces it.
    await page.keyboard.type('keyboard-reply');
    await tabTo(page, focused(page, '[role="listbox"]'));
    // It starts beside the last matter saved, in Dallas: up twice, to the top.
    expect(await currentFolder(page).textContent()).toBe('Dallas');
    await page.keyboard.press('Backspace');
    await expect.poll(() => currentFolder(page).textContent()).toBe('Matters');
    await page.keyboard.press('Backspace');
    await expect.poll(() => currentFolder(page).textContent()).toBe(path.basename(root));
    await page.keyboard.press('ArrowUp'); // Archive, Matters (where it came from)
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => currentFolder(page).textContent()).toBe('Matters');
    await page.keyboard.press('Enter'); // Dallas, the first entry
    await expect.poll(() => currentFolder(page).textContent()).toBe('Dallas');
    await page.keyboard.press('Backspace');
    await expect.poll(() => currentFolder(page).textContent()).toBe('Matters');
    await page.keyboard.press('Enter');
    await expect.poll(() => currentFolder(page).textContent()).toBe('Dallas');
    await tabTo(page, focused(page, '#save-name'), true);
    await page.keyboard.press('Enter');
    await saveAs.waitFor({ state: 'detached' });
    await savedState(page).waitFor();
    expect(existsSync(path.join(dallas, 'keyboard-reply.cdesk'))).toBe(true);

    await newMatter(page, 'Yet another');
    await page.keyboard.press('Control+o');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Don’t save' }).click();
    const open = page.getByRole('dialog', { name: 'Open matter' });
    await option(page, 'keyboard-reply.cdesk').waitFor();
    await tabTo(page, focused(page, '[role="listbox"]'));
    await page.keyboard.press('Backspace');
    await expect.poll(() => currentFolder(page).textContent()).toBe('Matters');
    await page.keyboard.press('Enter');
    await option(page, 'keyboard-reply.cdesk').waitFor();
    await page.keyboard.press('End');
    await expect
      .poll(() => list(page).getByRole('option', { selected: true }).textContent())
      .toContain('keyboard-reply.cdesk');
    await page.keyboard.press('Enter');
    await open.waitFor({ state: 'detached' });
    await expect.poll(() => heading(page)).toBe('Keyboard matter');
  });

  it('lists the first 5,000 entries of a huge folder, in natural order, and says so', async () => {
    const { page } = session;
    await page.keyboard.press('Control+o');
    const dialog = page.getByRole('dialog', { name: 'Open matter' });
    await dialog
      .getByRole('navigation', { name: 'Current folder' })
      .getByRole('button', { name: path.basename(root) })
      .click();
    await option(page, 'Archive folder').dblclick();
    await option(page, 'Big folder').dblclick();
    await dialog.getByText('This folder holds 5,003 items; the first 5,000 are shown.').waitFor();
    expect(await list(page).getByRole('option').count()).toBe(5000);
    const names = await list(page)
      .getByRole('option')
      .evaluateAll((els) => els.slice(0, 3).map((e) => e.textContent));
    expect(names).toEqual(['matter 1.cdesk', 'matter 2.cdesk', 'matter 3.cdesk']);
    await screenshot(page, 'folder-browser-huge');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('asks before Save As replaces a matter file chosen in the list', async () => {
    const { page } = session;
    await newMatter(page, 'Would overwrite');
    await page.keyboard.press('Control+s');
    await option(page, 'dallas-reply.cdesk').dblclick();
    const ask = page.getByRole('alertdialog', { name: 'The file on disk is not the one you opened' });
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await ask.waitFor({ state: 'detached' });
    const onDisk = JSON.parse(readFileSync(path.join(dallas, 'dallas-reply.cdesk'), 'utf8')) as {
      matter: { title: string };
    };
    expect(onDisk.matter.title).toBe('Browsed matter');
  });

  it('stays where it was and names the folder it cannot show', async () => {
    const { page } = session;
    mkdirSync(path.join(root, 'Vanishing'));
    await page.keyboard.press('Control+o');
    // The matter the test before would not let overwrite a file is still unsaved.
    await page.getByRole('alertdialog').getByRole('button', { name: 'Don’t save' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open matter' });
    await dialog
      .getByRole('navigation', { name: 'Current folder' })
      .getByRole('button', { name: path.basename(root) })
      .click();
    await option(page, 'Vanishing folder').waitFor();
    rmSync(path.join(root, 'Vanishing'), { recursive: true });
    await option(page, 'Vanishing folder').dblclick();
    await dialog
      .getByRole('alert')
      .filter({ hasText: `The folder ${path.join(root, 'Vanishing')} does not exist.` })
      .waitFor();
    expect(await currentFolder(page).textContent()).toBe(path.basename(root));
    await page.keyboard.press('Escape');
  });
});
