// The matter as a place (issue 13, point 2): with no draft open the wide pane shows every fact of the matter
// in sections, not only one template's fields; it opens on demand beside a draft; each fact has one control
// (a request's status is no longer also edited in the request matrix).
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { screenshot } from '../support/browser';
import { useDeskSession } from '../support/desk-session';

const session = useDeskSession();

const matterPane = () => session.page.getByRole('main', { name: 'Matter' });
const section = (name: string) => matterPane().getByRole('region', { name });

describe('the matter view', () => {
  it('is the wide pane when no draft is open, with a start panel on a new matter', async () => {
    const { page } = session;
    await matterPane().getByRole('heading', { name: 'The whole matter' }).waitFor();
    const start = matterPane().getByRole('region', { name: 'Start' });
    expect(await start.getByRole('button', { name: 'Open the Dallas example' }).count()).toBe(1);
    expect(await start.getByRole('button', { name: 'Open a matter file…' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Matter', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await page.getByRole('button', { name: 'Draft', exact: true }).isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows every fact of the example in sections, beyond the fields of any one template', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Open the Dallas example' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^EXAMPLE: /);
    const names = await matterPane()
      .getByRole('navigation', { name: 'Sections of the matter' })
      .getByRole('button')
      .allTextContents();
    expect(names).toEqual([
      'Inquiry',
      'Requests and their status',
      'Records',
      'Response',
      'City and counsel',
      'Recipients',
      'Other documents',
    ]);
    // Facts of different letters, side by side: the acknowledgment's salutation, the response's request
    // statuses, the affidavit's custodian, the litigation hold's recipients.
    const inquiry = section('Inquiry');
    expect(await inquiry.getByLabel('Salutation', { exact: true }).count()).toBe(1);
    expect(await inquiry.getByLabel(/^Date of the (Attorney General.s|inquiry) letter$/).inputValue()).toBe(
      '2025-03-07',
    );
    const request1 = section('Requests and their status').getByRole('group', { name: 'Request 1' });
    expect(await request1.getByLabel('Response status', { exact: true }).count()).toBe(1);
    expect(await section('Response').getByLabel('Records custodian', { exact: true }).count()).toBe(1);
    const hold = section('Other documents').getByRole('group', {
      name: /Litigation hold sent to|Send the hold to/,
    });
    expect(await hold.count()).toBe(1);
    // Records are listed here and edited in the records list.
    const records = section('Records').getByRole('table');
    expect(await records.getByRole('row').count()).toBeGreaterThan(1);
    await screenshot(page, '40-matter-view-example');
    // The sidebar's Matter tab does not repeat the fields: it leads to the sections.
    await session.desk.tab('Matter');
    await page
      .getByRole('navigation', { name: 'Go to a section' })
      .getByRole('button', { name: 'Recipients' })
      .click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Recipients');
    expect(await page.getByRole('form', { name: 'Matter details' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('edits a request status in one place: the matrix says it and leads to the field', async () => {
    const { page, desk } = session;
    const request1 = section('Requests and their status').getByRole('group', { name: 'Request 1' });
    await request1.getByLabel('Response status', { exact: true }).selectOption({ label: 'Withheld' });
    await page.getByRole('tab', { name: 'Library & Exhibits' }).click();
    const matrix = page.getByRole('region', { name: 'Requests and records' });
    expect(await matrix.getByRole('combobox').count()).toBe(0);
    expect(await matrix.getByRole('listitem').first().textContent()).toContain('Withheld');
    await matrix.getByRole('button', { name: 'Change the status of request 1' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('field-inquiry-requests-0-status');

    // Beside a draft whose letter uses the status, the same control is in the sidebar form.
    await desk.generateDraft('Substantive response');
    await page.getByRole('tab', { name: 'Library & Exhibits' }).click();
    await matrix.getByRole('button', { name: 'Change the status of request 1' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('field-inquiry-requests-0-status');
    expect(await page.getByRole('main', { name: 'Draft editor' }).count()).toBe(1);
    expect(
      await page
        .getByRole('form', { name: 'Matter details' })
        .getByLabel('Response status')
        .first()
        .inputValue(),
    ).toBe('withheld');
  });

  it('opens on demand beside a draft and goes back to it with its caret', async () => {
    const { page, desk } = session;
    await desk.clickEndOf('The requests are numbered for reference.');
    await page.getByRole('button', { name: 'Matter', exact: true }).click();
    await matterPane().waitFor();
    expect(await desk.editor.isVisible()).toBe(false);
    expect(await page.getByTestId('next-step').textContent()).toContain('Back to the draft');
    await screenshot(page, '41-matter-view-on-demand');
    // A fact of the matter no template of this letter declares, changed here, reaches the letter's data.
    await section('City and counsel').getByLabel('City', { exact: true }).fill('City of Dallas, Texas');
    await page.getByRole('button', { name: 'Back to the draft' }).click();
    await desk.editor.waitFor({ state: 'visible' });
    await expect
      .poll(() => desk.chips('respondent.city').allTextContents())
      .toContain('City of Dallas, Texas');
    // Focus is back in the letter at its caret: typing continues the paragraph.
    await page.keyboard.type(' Typed after coming back.');
    expect(await desk.editor.textContent()).toContain(
      'The requests are numbered for reference. Typed after coming back.',
    );
  });

  it('brings the draft back for Find, so the find bar opens where it is seen', async () => {
    const { page, desk } = session;
    await page.getByRole('button', { name: 'Matter', exact: true }).click();
    await matterPane().waitFor();
    await page.keyboard.press('Control+f');
    const find = page.getByRole('dialog', { name: 'Find', exact: true });
    await find.waitFor();
    expect(await desk.editor.isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('Typed after coming back');
    await page.keyboard.press('Escape');
  });
});
