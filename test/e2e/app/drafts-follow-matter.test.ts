// The promise of the matter as the single source of truth, end to end in the real renderer: an edited
// response follows the request statuses, a change inside an edited answer waits for review, each letter keeps
// its own date (page 1 and the continuation header), and the export read back by LibreOffice shows it all.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxToPdf, pdfPages } from '../../support/libreoffice';
import { screenshot } from '../support/browser';
import { useDeskSession } from '../support/desk-session';
import { tempDir } from '../support/web-host';

const session = useDeskSession({ open: false });

/** The matter form's control for a request's field, by the request's number. */
const requestField = (label: string, number: number) =>
  session.page.getByRole('group', { name: `Request ${number}` }).getByLabel(label, { exact: true });

describe('drafts follow the matter', () => {
  it('updates an edited response from the request statuses, offers an edited answer for review, and exports it current', async () => {
    const { desk, page, host } = session;
    await desk.open(host.url);
    await page.getByRole('button', { name: 'Open the Dallas example' }).click();
    await desk.generateDraft('Substantive response');
    await desk.fillField('Date of this letter', '2025-03-20');

    await screenshot(page, '19-generated');
    // The attorney's own paragraph, and an edit inside the answer to request 1.
    await desk.clickEndOf('The requests are numbered for reference.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The City has answered every request below in good faith.');
    await desk.clickEndOf('The responsive policy is the Dallas Police Department');
    await page.keyboard.type(' We expect to finish by April 4.');

    await desk.tab('Matter');
    await requestField('Response status', 1).selectOption({ label: 'Withheld' });
    // The request matrix says the status and leads to the same control (one place edits it).
    await page.getByRole('tab', { name: 'Library & Exhibits' }).click();
    await page.getByRole('button', { name: 'Change the status of request 2' }).click();
    await requestField('Response status', 2).selectOption({ label: 'No responsive records' });

    // Request 2 was not edited: its answer follows at once. Request 1 was: the change waits for review.
    await expect
      .poll(() => desk.editor.textContent())
      .toContain('the City located no records responsive to this request');
    const review = desk.editor.getByRole('region', { name: 'Update from the matter, to review' });
    await review.waitFor();
    expect(await review.textContent()).toContain('We expect to finish by April 4.');
    expect(await desk.editor.textContent()).toContain(
      'The City has answered every request below in good faith.',
    );
    await screenshot(page, '20-update-to-review');
    await review.getByRole('button', { name: 'Accept update' }).click();
    await expect.poll(() => review.count()).toBe(0);

    // A second letter keeps its own date.
    await desk.generateDraft('Acknowledgment of receipt');
    await desk.fillField('Date of this letter', '2025-03-12');
    await desk.tab('Drafts');
    await page.locator('[data-draft-open]', { hasText: 'Substantive response' }).click();
    await desk.tab('Matter');
    await expect
      .poll(() => page.getByLabel('Date of this letter', { exact: true }).inputValue())
      .toBe('2025-03-20');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export DOCX' }).click();
    const notReady = page.getByRole('complementary', { name: 'Review before sending' });
    await notReady.waitFor();
    await notReady.getByRole('button', { name: 'Export anyway as marked draft' }).click();
    const file = path.join(await tempDir('follow'), 'response.docx');
    await (await download).saveAs(file);
    const pages = (await pdfPages(await docxToPdf(file))).map((p) => p.replace(/\s+/g, ' '));
    const text = pages.join(' ');
    expect(text).toContain('The City has answered every request below in good faith.');
    expect(text).toMatch(/Request No\. 1 .*The City is withholding the responsive records it located/);
    expect(text).toMatch(/Request No\. 2 .*the City located no records responsive to this request/);
    expect(text).not.toContain('We expect to finish by April 4.');
    expect(pages[0]).toContain('March 20, 2025');
    // Every later page of the letter (the exhibits follow it) carries this letter's date in its header.
    const letterPages = pages.slice(
      0,
      pages.findIndex((p) => p.includes('INDEX OF EXHIBITS')),
    );
    expect(letterPages.length).toBeGreaterThan(2);
    for (const later of letterPages.slice(1)) expect(later).toContain('March 20, 2025');
    expect(text).not.toContain('March 12, 2025');
  });
});

describe('typing on a placeholder chip', () => {
  it('fills the matter field with what was typed, and every chip of that field shows it', async () => {
    const { desk, page } = session;
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page
      .getByRole('alertdialog', { name: 'Save changes to this matter?' })
      .or(page.getByRole('dialog', { name: 'Save changes to this matter?' }))
      .getByRole('button', { name: 'Don’t save' })
      .click();
    await desk.generateDraft('Acknowledgment of receipt');
    const chip = desk.chips('respondent.city').first();
    await chip.scrollIntoViewIfNeeded();
    expect(await chip.textContent()).toBe('[City]');
    await chip.click();
    await page.keyboard.type('City of Dallas');
    // The letterhead writes the city in capitals; the body as typed.
    await expect.poll(() => desk.chips('respondent.city').allTextContents()).toContain('City of Dallas');
    expect(await chip.textContent()).toBe('CITY OF DALLAS');
    await desk.tab('Matter');
    expect(await page.getByLabel('City', { exact: true }).first().inputValue()).toBe('City of Dallas');
    expect(await desk.editor.textContent()).not.toMatch(/City of Dallas\s*City of Dallas/);
  });
});

describe('drafts that are not open', () => {
  it('are marked out of date when the matter changes, show what would change, and update in place', async () => {
    const { desk, page } = session;
    await page.getByRole('button', { name: 'Open…' }).waitFor();
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByRole('button', { name: 'Don’t save' }).click();
    await desk.fillField('City', 'City of Dallas');
    await desk.generateDraft('Substantive response');
    await desk.generateDraft('Acknowledgment of receipt');
    // The response is closed; the matter gains a second request while the acknowledgment is open.
    await desk.tab('Matter');
    await page.getByRole('button', { name: 'Add request' }).click();
    await desk.tab('Drafts');
    const row = page.locator('.draft-row', {
      has: page.locator('[data-draft-open]', { hasText: 'Substantive response' }),
    });
    await row.getByText('Out of date').waitFor();
    await screenshot(page, '21-draft-out-of-date');
    await row.getByRole('button', { name: /Show what updating/ }).click();
    const preview = page.getByRole('dialog', { name: /Update “Substantive response” from the matter\?/ });
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Request No. 2');
    await screenshot(page, '22-update-preview');
    await preview.getByRole('button', { name: 'Update draft' }).click();
    await expect.poll(() => row.getByText('Out of date').count()).toBe(0);
    await row.locator('[data-draft-open]').click();
    await expect.poll(() => desk.editor.textContent()).toContain('Request No. 2');
  });
});
