// What a first-time user trips on, walked through in the browser-mode app: starting from the shipped Dallas
// example, plain words for coded choices, Review before sending leading from an empty field to the field, a fresh form after
// Close, request numbers that survive removing one, and a Save As dialog that does not open on an error.
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { screenshot } from '../support/browser';
import { useDeskSession } from '../support/desk-session';

const session = useDeskSession();

describe('a newcomer', () => {
  it('starts from the Dallas example, with its notice in view', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Open the Dallas example' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^EXAMPLE: /);
    expect(await page.getByRole('note', { name: 'Example matter' }).textContent()).toMatch(/^EXAMPLE ONLY/);
    await screenshot(page, '20-example-opened');
    await session.desk.tab('Matter');
    expect(await page.getByText('Example matter: not a real response.').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('reads request statuses in plain words, not codes', async () => {
    const { page } = session;
    await session.desk.generateDraft('Substantive response');
    await session.desk.tab('Matter');
    const status = page.getByLabel('Response status', { exact: true }).first();
    expect(await status.locator('option').allTextContents()).toEqual([
      'Not yet decided',
      'Produced',
      'Withheld',
      'Partly withheld',
      'No responsive records',
      'Objection',
    ]);
    const form = (await page.getByRole('form', { name: 'Matter details' }).textContent()) ?? '';
    expect(form).not.toMatch(/partly-withheld|no-records/);
  });

  it('goes from Review before sending, which Export opens, to the field itself', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Export DOCX' }).click();
    const list = page
      .getByRole('complementary', { name: 'Review before sending' })
      .getByRole('list', { name: 'Problems of this letter' });
    await list.waitFor();
    const items = await list.locator('li').allTextContents();
    const effective = list
      .getByRole('listitem')
      .filter({ hasText: /Effective date/ })
      .filter({ hasText: 'policy 1' });
    expect(await effective.count()).toBe(1);
    expect(items.join(' ')).not.toMatch(/response\.|inquiry\./);
    await screenshot(page, '21-export-empty-fields');
    expect(await seriousViolations(page)).toEqual([]);
    await effective.getByRole('button', { name: 'Go to field' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('field-response-policies-0-effectiveDate');
    expect(await page.getByRole('tab', { name: 'Matter' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('button', { name: 'Close the review' }).click();
  });

  it('gets a fresh form after Close, without old "required" messages', async () => {
    const { page } = session;
    await page.getByLabel('City', { exact: true }).focus();
    await page.getByLabel('City', { exact: true }).blur();
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Don’t save' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Untitled matter');
    await session.desk.tab('Matter');
    expect(await page.getByText('City is required by this template.').count()).toBe(0);
    expect(await page.getByRole('note', { name: 'Example matter' }).count()).toBe(0);
  });

  it('keeps request numbers after removing one, and numbers a new one after the highest', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Add request' }).click();
    await page.getByRole('button', { name: 'Add request' }).click();
    await page.getByRole('button', { name: 'Remove Request 2' }).click();
    await page.getByRole('button', { name: 'Add request' }).click();
    const numbers = await page
      .getByLabel('Request number', { exact: true })
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(numbers).toEqual(['1', '3', '4']);
    expect(await page.getByRole('group', { name: 'Request 3' }).count()).toBe(1);
  });

  it('opens Save As on a suggestion, not on an error', async () => {
    const { page } = session;
    await page.keyboard.press('Control+s');
    const dialog = page.getByRole('dialog', { name: 'Save matter as' });
    await dialog.waitFor();
    expect(await dialog.locator('.form-problem').count()).toBe(0);
    // The suggested name goes in the folder the dialog shows (the home folder): a full path, no hint needed.
    await expect.poll(() => dialog.getByLabel('File path').inputValue()).toMatch(/^\/.+\.cdesk$/);
    await screenshot(page, '22-save-as-suggestion');
    await dialog.getByLabel('File path').fill('relative.cdesk');
    expect(await dialog.locator('.form-problem').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });
});
