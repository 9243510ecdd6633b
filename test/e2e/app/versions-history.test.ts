// Versions and the history in the app: each save keeps a version of the edited draft (with who saved it);
// two versions compare with insertions underlined; a version opens read-only, is marked sent (then final) and
// can be restored as the current draft; the history lists it all, checks its chain and exports as CSV.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { useDeskSession } from '../support/desk-session';
import { repoRoot, tempDir } from '../support/web-host';

const session = useDeskSession();

async function save(): Promise<void> {
  const { page } = session;
  await expect.poll(() => page.getByTestId('save-state').textContent()).toContain('Unsaved');
  await page.keyboard.press('Control+s');
  await page
    .getByTestId('save-state')
    .filter({ hasText: /^Saved / })
    .waitFor();
}

const axeSource = readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Serious and critical accessibility problems inside `selector` (this feature's tab or dialog). */
async function violationsIn(selector: string): Promise<string[]> {
  await session.page.evaluate(axeSource);
  return session.page.evaluate(async (include) => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: object, opts: object) => Promise<Result> } }).axe;
    const { violations } = await axe.run({ include: [include] }, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}

const versionRows = () => session.page.locator('.versions-panel .version-row:not(.version-row--current)');

describe('versions and the history in the app', () => {
  it('keeps, compares, marks sent, restores and audits versions of a draft', async () => {
    const { page, desk } = session;
    await desk.generateDraft('Acknowledgment of receipt');
    await page.getByRole('tab', { name: 'Versions & History' }).click();
    await page.getByLabel('Your name in the history').fill('Jane Doe');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Save name' }).isDisabled()).toBe(true);

    const file = path.join(await tempDir('versions'), 'versions.cdesk');
    await desk.saveAs(file);
    await expect.poll(() => versionRows().count()).toBe(1);
    expect(await versionRows().first().textContent()).toContain('Jane Doe');

    // An edit, saved: version 2.
    await desk.clickEndOf('expressly reserved.');
    await page.keyboard.type(' The City will pay $5,500.00 by March 21, 2025.');
    await save();
    await expect.poll(() => versionRows().count()).toBe(2);
    expect(await versionRows().first().textContent()).toMatch(/^Version 2/);

    // Compare versions 1 and 2: the sentence is inserted, nothing deleted.
    await page.getByRole('checkbox', { name: 'Compare version 1' }).check();
    await page.getByRole('checkbox', { name: 'Compare version 2' }).check();
    await page.getByRole('button', { name: 'Compare the two ticked' }).click();
    const compare = page.getByRole('dialog', { name: 'Changes from version 1 to version 2' });
    await expect
      .poll(() => compare.locator('ins').allTextContents())
      .toEqual([' The City will pay $5,500.00 by March 21, 2025.']);
    expect(await compare.locator('del').count()).toBe(0);
    expect(await compare.textContent()).toMatch(/\d+ words inserted/);
    expect(await violationsIn('.modal')).toEqual([]);
    await screenshot(page, '60-compare-versions');
    // The same compare as a Word document with tracked changes, by the later version's author.
    const [redline] = await Promise.all([
      page.waitForEvent('download'),
      compare.getByRole('button', { name: 'Export redline DOCX' }).click(),
    ]);
    const docx = unzipSync(new Uint8Array(readFileSync((await redline.path())!)));
    expect(strFromU8(docx['word/document.xml']!)).toMatch(
      /<w:ins [^>]*w:author="Jane Doe"[^>]*>.*?\$5,500\.00/s,
    );
    await compare
      .getByText(/^Wrote .*\.docx; the export goes into the history with the next save\.$/)
      .waitFor();
    await compare.getByRole('button', { name: 'Close' }).click();

    // Version 1 read-only: mark it sent; once saved it is final.
    await versionRows().nth(1).getByRole('button', { name: 'Open' }).click();
    let viewer = page.getByRole('dialog', { name: /^Version 1 of .* \(read-only\)$/ });
    expect(await viewer.getByRole('document').textContent()).not.toContain('$5,500.00');
    await viewer.getByLabel('Sent on').fill('2025-03-12');
    await viewer.getByRole('button', { name: 'Mark sent' }).click();
    await viewer.getByRole('button', { name: 'Close' }).click();
    await save();
    expect(await versionRows().nth(1).textContent()).toContain('Sent 2025-03-12');
    await versionRows().nth(1).getByRole('button', { name: 'Open' }).click();
    viewer = page.getByRole('dialog', { name: /^Version 1 of / });
    expect(await viewer.textContent()).toContain('A sent version is final');
    expect(await viewer.getByRole('button', { name: 'Mark sent' }).count()).toBe(0);

    // Restore version 1 as the current draft: the sentence leaves the editor; saving keeps version 3.
    await viewer.getByRole('button', { name: 'Restore as the current draft' }).click();
    await expect.poll(() => desk.editor.textContent()).not.toContain('$5,500.00');
    await save();
    await expect.poll(() => versionRows().count()).toBe(3);
    expect(await versionRows().first().textContent()).toContain('Restored from version 1');

    // The history: what happened, who did it; the chain checks out; CSV with one row per entry.
    const history = page.locator('.history-list');
    const entries = await history.locator('.history-what').allTextContents();
    expect(entries.at(-1)).toBe('Created the matter');
    expect(entries).toContain('Marked version 1 of "Acknowledgment of receipt" as sent on 2025-03-12');
    expect(entries).toContain('Restored version 1 of "Acknowledgment of receipt" as the current draft');
    expect(
      entries.some((e) =>
        /^Exported "Acknowledgment of receipt" to .*\.docx \(SHA-256 [0-9a-f]{12}…\): redline of version 1 against version 2/.test(
          e,
        ),
      ),
    ).toBe(true);
    expect(await history.textContent()).toContain('Jane Doe');
    await page.getByRole('button', { name: 'Check the history' }).click();
    await page.getByText(/^The history is intact: \d+ entries and 3 versions, each as recorded\.$/).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^Entry,Time \(UTC\),Author,Event,Description,/);
    expect(csv.trim().split('\r\n')).toHaveLength(entries.length + 1);
    expect(await violationsIn('.versions-tab')).toEqual([]);
    await screenshot(page, '61-versions-and-history');

    // What the app saved is what the CLI and verify-history read.
    const saved = JSON.parse(await readFile(file, 'utf8')) as { history: { author: string }[] };
    expect(saved.history.every((entry) => entry.author === 'Jane Doe')).toBe(true);
  });
});
