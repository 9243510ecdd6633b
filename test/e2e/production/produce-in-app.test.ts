// Producing in the app (issue 10), in Chromium against the web host: a PDF imported and attached as a record,
// ticked for request 1, a passage redacted with a reason from the matter's list (a black bar carrying it),
// then Produce… into a temp folder, with its plan, progress and result; the volume read back with poppler:
// Bates labels in order, the redacted name gone, the reason printed; the matter saved with the production.
import { execFileSync } from 'node:child_process';
import { promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireTool } from '../../support/system-tools';
import { seriousViolations } from '../support/axe';
import { screenshot } from '../support/browser';
import { useDeskSession } from '../support/desk-session';
import { LibraryPage } from '../support/library-page';
import { repoRoot, tempDir } from '../support/web-host';
import { recordRow } from '../library/record-rows';

const session = useDeskSession();
const bulletin = path.join(repoRoot, 'test/fixtures/production/training-bulletin-chromium.pdf');
const REASON = "Tex. Gov't Code § 552.101 (informer identity)";
const pdftotext = (file: string) =>
  execFileSync(
    requireTool('pdftotext', 'poppler-utils', 'the volume cannot be read back'),
    ['-layout', file, '-'],
    {
      encoding: 'utf8',
    },
  );

/** Selects `phrase` inside the record's text, as a mouse drag over it would. */
async function selectInText(phrase: string): Promise<void> {
  await session.page.getByRole('region', { name: /^Text of / }).evaluate((region, wanted) => {
    const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the text`);
  }, phrase);
}

describe('producing in the app', () => {
  let matterPath = '';
  let outDir = '';

  it('redacts a selected passage of a record with a reason from the matter’s list', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await session.desk.tab('Matter');
    await page.getByRole('button', { name: 'Add request' }).click();
    const library = new LibraryPage(page);
    await library.open();
    await library.importFiles([bulletin], ': 1 page');
    await library.openHit('Delgado', 'Training Bulletin');
    await page.getByRole('button', { name: 'Attach whole source' }).click();
    await page.getByRole('button', { name: 'Close the source' }).click();
    const row = recordRow(page, 'Exhibit A');
    // A page Chromium printed is titled "about:blank" in its PDF: the paralegal says what the record is.
    await row.getByLabel('Description of Exhibit A').fill('Training Bulletin 2024-05');
    await row.getByRole('checkbox', { name: 'Exhibit A answers request 1' }).check();

    await row.getByRole('button', { name: 'Redact Exhibit A' }).click();
    const dialog = page.getByRole('dialog', { name: /^Redactions: Exhibit A/ });
    await selectInText('Maria Delgado');
    await dialog.getByRole('button', { name: 'Redact…', exact: true }).click();
    const form = dialog.getByRole('form', { name: 'Redact the passage' });
    await form.getByLabel('Reason').selectOption({ label: REASON });
    await form.getByRole('button', { name: 'Redact', exact: true }).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: `Redacted 1 occurrence, reason “${REASON}”.` })
      .waitFor();
    const bar = dialog.getByRole('img', { name: `Redacted: ${REASON}` });
    await expect(bar.count()).resolves.toBe(1);
    expect(await bar.innerText()).toBe('§ 552.101');
    const text = await dialog.getByRole('region', { name: /^Text of / }).innerText();
    expect(text).toContain('Case worker');
    expect(text).not.toContain('Delgado');
    await expect(
      dialog.getByRole('button', { name: 'Remove the redaction of “Maria Delgado”' }).count(),
    ).resolves.toBe(1);
    await screenshot(page, 'produce-in-app-1-redaction');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(row.getByRole('button', { name: 'Redact Exhibit A' }).innerText()).resolves.toBe(
      'Redact… (1)',
    );
  });

  it('produces the volume into a folder and shows what was written', async () => {
    const { page } = session;
    const dir = await tempDir('produce');
    matterPath = path.join(dir, 'matter.cdesk');
    outDir = path.join(dir, 'Productions');
    await session.desk.saveAs(matterPath);
    await page.getByRole('button', { name: 'Produce…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Produce records' });
    await dialog.getByText('CITY-AG-VOL001', { exact: true }).waitFor();
    // The bulletin is one page, counted when it was attached (not an estimate): one Bates number.
    await dialog.getByText('CITY-AG-000001 (1 page)', { exact: true }).waitFor();
    await expect(
      dialog
        .getByRole('listitem')
        .filter({ hasText: 'Exhibit A: Training Bulletin 2024-05 — 1 redaction' })
        .count(),
    ).resolves.toBe(1);
    await dialog.getByLabel('Output folder').fill(outDir);
    await dialog.getByRole('checkbox', { name: 'Also write a zip' }).check();
    await dialog.getByRole('checkbox', { name: 'Concordance load files (DAT/OPT)' }).check();
    // The folder browser comes and goes; what was typed and ticked stays.
    await dialog.getByRole('button', { name: 'Browse…' }).click();
    await page
      .getByRole('dialog', { name: 'Produce into folder' })
      .getByRole('button', { name: 'Cancel' })
      .click();
    await expect(dialog.getByLabel('Output folder').inputValue()).resolves.toBe(outDir);
    await expect(dialog.getByRole('checkbox', { name: 'Also write a zip' }).isChecked()).resolves.toBe(true);
    await screenshot(page, 'produce-in-app-2-plan');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Produce', exact: true }).click();

    const result = page.getByRole('dialog', { name: 'CITY-AG-VOL001 produced' });
    await result.waitFor({ timeout: 60_000 });
    await result
      .getByRole('status')
      .filter({ hasText: /^CITY-AG-VOL001 is written: 1 record, 1 page, CITY-AG-000001; 0 withheld in full/ })
      .waitFor();
    await expect(
      result.getByText(path.join(outDir, 'CITY-AG-VOL001'), { exact: true }).count(),
    ).resolves.toBe(1);
    await expect(
      result.getByText(path.join(outDir, 'CITY-AG-VOL001.zip'), { exact: true }).count(),
    ).resolves.toBe(1);
    await result.getByText(/^Files written \(\d+\)$/).click();
    await screenshot(page, 'produce-in-app-3-result');
    expect(await seriousViolations(page)).toEqual([]);
    await result.getByRole('button', { name: 'Close' }).click();
    await page
      .getByTestId('save-state')
      .filter({ hasText: /^Saved / })
      .waitFor();
    // The window has the matter as saved: the record keeps the number it went out with.
    const row = recordRow(page, 'Exhibit A');
    await expect(row.getByTestId('bates-range').innerText()).resolves.toBe('CITY-AG-000001');
  });

  it('says when there is nothing new, and refuses to write over a volume, writing nothing', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Produce…' }).click();
    const next = page.getByRole('dialog', { name: 'Produce records' });
    await next.getByText('CITY-AG-VOL002', { exact: true }).waitFor();
    await next
      .getByRole('alert')
      .filter({ hasText: /^Nothing new to produce/ })
      .waitFor();
    await expect(next.getByRole('button', { name: 'Produce', exact: true }).isDisabled()).resolves.toBe(true);
    // Producing again into a folder that holds a file of the volume's name is refused whole.
    await fs.writeFile(path.join(outDir, 'CITY-AG-VOL002'), 'in the way');
    await next.getByRole('checkbox', { name: 'Produce again records produced before' }).check();
    await next.getByLabel('Output folder').fill(outDir);
    await next.getByRole('button', { name: 'Produce', exact: true }).click();
    const refused = page.getByRole('alertdialog', { name: 'The production was not made' });
    await refused
      .getByText(/CITY-AG-VOL002 already exists.*Nothing was written and the matter was not changed\.$/)
      .waitFor();
    await screenshot(page, 'produce-in-app-4-refused');
    expect(await seriousViolations(page)).toEqual([]);
    await refused.getByRole('button', { name: 'Close' }).click();
    await fs.rm(path.join(outDir, 'CITY-AG-VOL002'));
  });

  it('wrote a volume the AG can read: Bates labels in order, the name gone, the reason printed', async () => {
    const folder = path.join(outDir, 'CITY-AG-VOL001');
    const records = readdirSync(folder, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.pdf') && f.includes('CITY-AG-000001'));
    expect(records).toHaveLength(1);
    const text = pdftotext(path.join(folder, records[0]!));
    expect(text).toContain('CITY-AG-000001');
    expect(text).toContain('Officers do not enforce federal civil immigration law');
    expect(text).not.toMatch(/Maria\s+Delgado/);
    expect(text).toContain('552.101');
    const saved = JSON.parse(await fs.readFile(matterPath, 'utf8')) as {
      productions: { volume: string; batesFirst: string; batesLast: string }[];
      records: { produced?: { volume: string } }[];
    };
    expect(saved.productions).toMatchObject([
      { volume: 'CITY-AG-VOL001', batesFirst: 'CITY-AG-000001', batesLast: 'CITY-AG-000001' },
    ]);
    expect(saved.records[0]!.produced?.volume).toBe('CITY-AG-VOL001');
    const data = readdirSync(path.join(folder, 'DATA')).sort();
    expect(data.some((f) => f.toLowerCase().endsWith('.dat'))).toBe(true);
    expect(data.some((f) => f.toLowerCase().endsWith('.opt'))).toBe(true);
    expect(readdirSync(outDir).sort()).toEqual(['CITY-AG-VOL001', 'CITY-AG-VOL001.zip']);
  });
});
