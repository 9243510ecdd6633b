// Mail on the Library & Exhibits tab, in Chromium against the web host (browser mode): a custodian's folder
// of a mailbox and an Outlook item imported by path in the background with a summary; the library filtered
// by custodian and sender; a message read with its facts, attachments and thread in order; the message
// added to the records with its attachments as one family with consecutive Bates numbers.
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { screenshot } from '../support/browser';
import { useDeskSession } from '../support/desk-session';
import { repoRoot, tempDir } from '../support/web-host';
import { recordRow, recordRows } from './record-rows';

const session = useDeskSession();
const MAIL = path.join(repoRoot, 'test', 'fixtures', 'mail');

describe('mail in the library', () => {
  it('imports a custodian folder, filters, reads a thread and adds a message with its attachments', async () => {
    const { page } = session;
    const folder = path.join(await tempDir('counsel-desk-e2e-mail-'), 'ruiz');
    mkdirSync(path.join(folder, 'sent'), { recursive: true });
    cpSync(path.join(MAIL, 'commanders.mbox'), path.join(folder, 'commanders.mbox'));
    cpSync(path.join(MAIL, 'legal-unit-memo.msg'), path.join(folder, 'sent', 'memo.msg'));

    await page.getByRole('button', { name: 'Open the Dallas example' }).click();
    await page.getByRole('tab', { name: 'Library & Exhibits' }).click();
    await page.getByLabel('Custodian (whose mailbox or files these are)').fill('Ana Ruiz');
    await page.getByLabel(/Or paths on this computer/).fill(folder);
    await page.getByRole('button', { name: 'Import paths' }).click();
    const summary = page.locator('.import-summary');
    await summary
      .getByText(
        'Import finished: 5 items imported (with 4 attachments), 1 duplicate already in the library, 1 failed.',
      )
      .waitFor();
    await expect(summary.getByRole('list', { name: 'Items that failed' }).innerText()).resolves.toContain(
      'commanders.mbox, message 3 could not be read',
    );

    await page.getByText('Filters', { exact: true }).click();
    await page.getByRole('combobox', { name: 'Custodian' }).selectOption('Ana Ruiz');
    await page.getByLabel('Sender').fill('lee@dpd');
    await page.getByText('2 matches').waitFor();
    await page.getByLabel('Sender').fill('núñez');
    await page.getByText('1 match').waitFor();
    await page.locator('.search-hit', { hasText: 'Revisión: détainer requests' }).click();

    const facts = page.locator('.message-facts');
    await expect(facts.innerText()).resolves.toMatch(/From\s+José Núñez <jose\.nunez@dallas\.example>/);
    await expect(facts.innerText()).resolves.toMatch(/Date\s+Tue, 4 Mar 2025 10:30:00 -0600/);
    await expect(facts.innerText()).resolves.toMatch(/Custodians\s+Ana Ruiz/);
    const attachments = page.getByRole('list', { name: 'Attachments' });
    await expect(attachments.getByRole('button').allInnerTexts()).resolves.toEqual([
      'Checklist.docx',
      'Routing sheet.pdf',
      'Política – résumé.txt',
    ]);
    const thread = page.getByRole('list', { name: 'Conversation, in the order sent' });
    await expect(thread.getByRole('button').allInnerTexts()).resolves.toEqual([
      'Handling of detainer requests',
      'Re: Handling of detainer requests',
      'Re: Handling of detainer requests',
      'Revisión: détainer requests (política)',
      'RE: Handling of detainer requests',
    ]);
    await screenshot(page, 'library-mail-message');
    expect(await seriousViolations(page)).toEqual([]);

    const before = await recordRows(page).count();
    await page.getByRole('button', { name: 'Add message to records' }).click();
    await page
      .getByText(
        /^Added the message and 3 attachments to the records as one family \(Record \d+ to Record \d+\)/,
      )
      .waitFor();
    await expect(recordRows(page).count()).resolves.toBe(before + 4);
    const batesOf = (n: number) => recordRow(page, `Record ${n}`).getByTestId('bates-range').innerText();
    const ranges = await Promise.all([1, 2, 3, 4].map((i) => batesOf(before + i)));
    const numbers = ranges.map((r) => r.match(/\d+/g)!.map(Number));
    for (let i = 1; i < numbers.length; i++) expect(numbers[i]![0]).toBe(numbers[i - 1]!.at(-1)! + 1);

    await attachments.getByRole('button', { name: 'Checklist.docx' }).click();
    await page
      .getByRole('document', { name: /^Text of / })
      .getByText(/Confirm the detainer/)
      .waitFor();
    await expect(page.locator('.message-links').innerText()).resolves.toContain('Attached to');

    // The same memo picked as a file from another custodian's export is no new source; a damaged item is named.
    await page.getByLabel('Custodian (whose mailbox or files these are)').fill('José Núñez');
    await page
      .getByLabel('Files to import')
      .setInputFiles([path.join(MAIL, 'legal-unit-memo.msg'), path.join(MAIL, 'truncated.msg')]);
    await page
      .locator('.import-summary')
      .getByText('Import finished: 0 items imported, 1 duplicate already in the library, 1 failed.')
      .waitFor();
    await expect(page.getByRole('list', { name: 'Import results' }).innerText()).resolves.toMatch(
      /truncated\.msg could not be read/,
    );
    await page.getByRole('combobox', { name: 'Custodian' }).selectOption('José Núñez');
    await page.getByLabel('Sender').fill('');
    await page.getByText('4 matches').waitFor();
  });
});
