// "Review before sending" end to end in the real renderer: every problem of the Dallas response is listed,
// stops first, each button goes to its place (a field of the matter, a record's row, an update to review in
// the editor), the list shrinks as things are fixed, and once nothing stops the letter it exports as is.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { screenshot } from '../support/browser';
import { useDeskSession } from '../support/desk-session';
import { tempDir } from '../support/web-host';

const session = useDeskSession();

const panel = () => session.page.getByRole('complementary', { name: 'Review before sending' });
const items = () => panel().getByRole('list', { name: 'Problems of this letter' }).getByRole('listitem');
const item = (text: string | RegExp) => items().filter({ hasText: text });
/** Waits for the review to answer (its summary replaces "Reviewing the letter…"). */
const reviewed = () => panel().getByRole('status').filter({ hasNotText: 'Reviewing' }).waitFor();
const focusedId = () => session.page.evaluate(() => document.activeElement?.id ?? '');

describe('Review before sending', () => {
  it('lists every problem with a button to its place, and shrinks as they are fixed', async () => {
    const { desk, page } = session;
    await page.getByRole('button', { name: 'Open the Dallas example' }).click();
    await desk.generateDraft('Substantive response');
    // An edit inside the answer to request 1, then the matter changes that answer: an update to review.
    await desk.clickEndOf('The responsive policy is the Dallas Police Department');
    await page.keyboard.type(' We expect to finish by April 4.');
    await desk.tab('Matter');
    await page
      .getByRole('group', { name: 'Request 1' })
      .getByLabel('Response status', { exact: true })
      .selectOption({ label: 'Withheld' });
    const update = desk.editor.getByRole('region', { name: 'Update from the matter, to review' });
    await update.waitFor();

    await page.getByRole('button', { name: 'Review before sending', exact: true }).click();
    await reviewed();
    // Keyboard users land in the panel.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('review-title');
    const severities = await items().locator('.review-severity').allTextContents();
    expect(severities.length).toBeGreaterThan(3);
    expect(severities.every((s) => s === 'Must fix' || s === 'Check')).toBe(true);
    // Stops first.
    expect(severities.indexOf('Must fix')).toBe(0);
    expect(severities.lastIndexOf('Must fix')).toBeLessThan(
      severities.includes('Check') ? severities.indexOf('Check') : Infinity,
    );
    const listed = await items().count();
    expect(await panel().getByRole('status').textContent()).toContain(
      `${severities.filter((s) => s === 'Must fix').length} to fix`,
    );
    await screenshot(page, '23-review-before-sending');
    expect(await seriousViolations(page)).toEqual([]);
    // From the heading, Tab reaches Close and then the first problem's button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Go to field');
    await screenshot(page, '23b-review-keyboard');

    // The drafts list counts the same problems.
    await desk.tab('Drafts');
    const badge = page
      .locator('.draft-row')
      .filter({ hasText: 'Substantive response' })
      .locator('.draft-badge--stops');
    await expect.poll(() => badge.textContent()).toMatch(/^\d+ to fix/);
    const badgeStops = Number((await badge.textContent())!.split(' ')[0]);

    // A field: the Matter tab opens with the cursor in it; filling it takes it off the list.
    const received = item('Date the City received the letter is empty.');
    await received.getByRole('button', { name: 'Go to field' }).click();
    await expect.poll(focusedId).toBe('field-inquiry-receivedDate');
    expect(await page.getByRole('tab', { name: 'Matter' }).getAttribute('aria-selected')).toBe('true');
    await page.locator('#field-inquiry-receivedDate').fill('2025-03-10');
    await expect.poll(() => received.count()).toBe(0);
    await expect.poll(() => items().count()).toBe(listed - 1);

    // A record: its row in the records list, with the cursor in it.
    const record = item(/Description still holds .* for record 1 /);
    await record.getByRole('button', { name: 'Go to record' }).click();
    await expect.poll(focusedId).toBe('');
    const row = page.locator('.record-row').filter({ has: page.locator(':focus') });
    await expect.poll(() => row.count()).toBe(1);
    expect(await page.getByRole('tab', { name: 'Library & Exhibits' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await page
      .locator(':focus')
      .fill('Dallas Police Department General Order 3.4, Immigration Status Inquiries');
    await expect.poll(() => record.count()).toBe(0);
    await expect.poll(() => items().count()).toBe(listed - 2);

    // An update to review: the cursor goes into that passage; accepting it takes it off the list.
    const review = item('The matter changed a passage you edited');
    await review.getByRole('button', { name: 'Go to update' }).click();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            getSelection()?.anchorNode?.parentElement?.closest(
              '[aria-label="Update from the matter, to review"]',
            ) !== null,
        ),
      )
      .toBe(true);
    await update.getByRole('button', { name: 'Accept update' }).click();
    await expect.poll(() => review.count()).toBe(0);
    await expect.poll(() => items().count()).toBe(listed - 3);
    await desk.tab('Drafts');
    await expect.poll(() => badge.textContent()).toContain(`${badgeStops - 3} to fix`);

    // Export with stops left shows the panel again; "Export anyway" writes a marked draft.
    // Escape inside the panel closes it.
    await panel().getByRole('button', { name: 'Go to field' }).first().focus();
    await page.keyboard.press('Escape');
    await panel().waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Export DOCX' }).click();
    await reviewed();
    expect(await panel().getByRole('button', { name: 'Export', exact: true }).count()).toBe(0);
    const download = page.waitForEvent('download');
    await panel().getByRole('button', { name: 'Export anyway as marked draft' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.docx$/);
  });

  it('says when nothing stops the letter, and then exports it from the panel', async () => {
    const { desk, page } = session;
    await desk.generateDraft('Acknowledgment of receipt');
    await page.getByRole('button', { name: 'Export DOCX' }).click();
    await reviewed();
    // Walk the list as a user would: each button, then type the fact where the cursor went.
    for (let left = await items().count(); left > 0; left = await items().count()) {
      const next = items()
        .filter({ has: page.getByRole('button') })
        .first();
      if ((await next.count()) === 0) break;
      const message = await next.locator('.review-message').innerText();
      await next.getByRole('button').click();
      const focused = page.locator(':focus');
      await expect.poll(() => focused.evaluate((el) => el.tagName)).toMatch(/INPUT|TEXTAREA/);
      await focused.fill((await focused.getAttribute('type')) === 'date' ? '2025-03-20' : 'Filled in');
      await expect.poll(() => item(message).count()).toBe(0);
    }
    await expect
      .poll(() => panel().getByRole('status').textContent())
      .toContain('Nothing stops this letter.');
    expect(await items().count()).toBe(0);
    await screenshot(page, '24-review-nothing-stops');
    const exportButton = panel().getByRole('button', { name: 'Export', exact: true });
    expect(await exportButton.isEnabled()).toBe(true);
    expect(await panel().getByRole('button', { name: 'Export anyway as marked draft' }).count()).toBe(0);
    const download = page.waitForEvent('download');
    await exportButton.click();
    const file = path.join(await tempDir('review'), 'acknowledgment.docx');
    await (await download).saveAs(file);
    await panel().waitFor({ state: 'detached' });
  });
});
