// From a policy file to a DOCX with quoted passages and a lettered, indexed exhibit set, in Chromium against
// the web host: import, search, open the source, quote a passage at the cursor, attach two exhibits,
// reference the second, reorder (the chip relabels), export and read it back with LibreOffice; then with
// Bates numbers; then a source removed from the library is flagged before export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { writeFixtures } from '../../support/library-fixtures';
import { docxToPdf, pdfImages, pdfPages } from '../../support/libreoffice';
import { seriousViolations } from '../support/axe';
import { openBrowser, screenshot } from '../support/browser';
import type { OpenBrowser } from '../support/browser';
import { DeskPage } from '../support/desk-page';
import { LibraryPage } from '../support/library-page';
import { recordRow, recordRows } from './record-rows';
import { startWebHost, tempDir } from '../support/web-host';
import type { RunningHost } from '../support/web-host';

let host: RunningHost;
let browser: OpenBrowser;
let fixtures: Awaited<ReturnType<typeof writeFixtures>>;

const QUOTE = 'Officers shall forward every immigration detainer request to the Legal Unit.';
const CITATION = 'General Order 301.00, Immigration Enforcement, § 3.2, at 2.';
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  fixtures = await writeFixtures();
  host = await startWebHost();
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

/** Exports the open draft (past Review before sending, as a marked draft): the text of each PDF page, and the
 *  pages (from 1) that hold a picture. */
async function exportPages(page: Page, name: string): Promise<{ pages: string[]; pictured: number[] }> {
  await page.getByRole('button', { name: 'Export DOCX' }).click();
  const dialog = page.getByRole('complementary', { name: 'Review before sending' });
  await dialog.waitFor();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export anyway as marked draft' }).click();
  const file = path.join(await tempDir('exhibits-export'), `${name}.docx`);
  await (await download).saveAs(file);
  const pdf = await docxToPdf(file);
  const pictured = [...new Set((await pdfImages(pdf)).map(([page]) => page))];
  return { pages: (await pdfPages(pdf)).map(squash), pictured };
}

describe('library to exported exhibits', () => {
  it('quotes a passage, attaches and references exhibits, relabels on reorder, and exports them', async () => {
    const desk = new DeskPage(browser.page);
    const library = new LibraryPage(browser.page);
    const { page } = browser;
    await desk.open(host.url);
    await desk.generateDraft();

    // The cursor goes after the reservation paragraph, where the quotation belongs.
    await desk.clickEndOf('expressly reserved.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The Department’s general order provides:');

    await library.open();
    await library.importFiles([fixtures.pdf, fixtures.eml], 'Immigration Enforcement: 2 pages');
    await library.openHit('forward detainer', 'Immigration Enforcement');
    await page.getByRole('document', { name: 'Text of Immigration Enforcement' }).waitFor();
    await library.selectPassage(/Officers shall forward every immigration detainer request/);
    await page.getByRole('button', { name: 'Quote in draft' }).click();
    await page.getByText(`Quotation inserted at the cursor: ${CITATION.slice(0, -1)}.`).waitFor();
    await expect(desk.editor.locator('blockquote').innerText()).resolves.toContain(QUOTE);
    await desk.editor.locator('p', { hasText: CITATION }).waitFor();
    const order = await desk.editor.evaluate((el, quote) => {
      const text = (el as HTMLElement).innerText;
      return [text.indexOf('general order provides:'), text.indexOf(quote), text.indexOf('§ 3.2, at 2.')];
    }, QUOTE);
    expect(order[0]).toBeGreaterThan(-1);
    expect(order[1]).toBeGreaterThan(order[0]!);
    expect(order[2]).toBeGreaterThan(order[1]!);
    // One undo takes the quotation and its citation out; redo puts them back.
    await desk.clickEndOf('general order provides:');
    await page.keyboard.press('Control+z');
    await expect(desk.editor.locator('blockquote').count()).resolves.toBe(0);
    await expect(desk.editor.innerText()).resolves.not.toContain('§ 3.2, at 2.');
    await expect(desk.editor.innerText()).resolves.toContain('general order provides:');
    await page.keyboard.press('Control+y');
    await desk.editor.locator('blockquote', { hasText: QUOTE }).waitFor();

    // Exhibit A: the passage; Exhibit B: the chief's email, whole.
    await library.selectPassage(/Officers shall forward every immigration detainer request/);
    await page.getByRole('button', { name: 'Attach as exhibit' }).click();
    // Attached while the draft is open, so the letter encloses it.
    await page
      .getByText(`Attached as Exhibit A: ${CITATION.slice(0, -1)}. It is enclosed with the open letter.`)
      .waitFor();
    await library.openHit('handling', 'Handling of detainer requests');
    await page.getByRole('button', { name: 'Attach whole source' }).click();
    await expect(recordRows(page).count()).resolves.toBe(2);
    await screenshot(page, 'library-source-viewer');
    expect(await seriousViolations(page)).toEqual([]);

    // A sentence that refers to Exhibit B, typed in the draft with the reference inserted at the cursor.
    await desk.clickEndOf(CITATION);
    await page.keyboard.press('Enter');
    await page.keyboard.type('The Chief’s instruction is attached as ');
    await recordRow(page, 'Exhibit B').getByRole('button', { name: 'Insert reference to Exhibit B' }).click();
    await page.getByText('Inserted “Exhibit B” in the draft.').waitFor();
    const chip = desk.editor.locator('[data-exhibit-ref] [data-chip-text]');
    await expect(chip.innerText()).resolves.toBe('Exhibit B');
    await desk.editor.locator('p', { hasText: 'attached as' }).waitFor();

    // Alt+Up on Exhibit B makes it Exhibit A; the chip in the open draft follows at once.
    await recordRow(page, 'Exhibit B').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(page.getByLabel('Description of Exhibit A').inputValue()).resolves.toBe(
      'Handling of detainer requests',
    );
    await expect.poll(() => chip.innerText()).toBe('Exhibit A');
    // The toolbar lists the exhibits too: a second reference, to the order, typed after the first.
    await desk.clickEndOf('attached as');
    await page.keyboard.type(' and the order itself as ');
    await page
      .getByLabel('Insert exhibit reference')
      .selectOption({ label: 'Exhibit B: Excerpt of General Order 301.00' });
    await expect.poll(() => chip.allInnerTexts()).toEqual(['Exhibit A', 'Exhibit B']);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('draft-editor');
    await page.keyboard.type('.');
    await screenshot(page, 'library-exhibits-relabelled');
    expect(await seriousViolations(page)).toEqual([]);

    const { pages, pictured } = await exportPages(page, 'exhibits');
    const text = pages.join(' ');
    expect(text).toContain(QUOTE);
    expect(text).toContain(
      'The Chief’s instruction is attached as Exhibit A and the order itself as Exhibit B.',
    );
    const index = pages.find((p) => p.includes('INDEX OF EXHIBITS'));
    expect(index).toBeDefined();
    expect(index).toMatch(/A Handling of detainer requests[\s\S]*B Excerpt of General Order/);
    const coverA = pages.findIndex((p) => p.includes('EXHIBIT A Handling of detainer requests'));
    const coverB = pages.findIndex((p) => p.includes('EXHIBIT B Excerpt of General Order 301.00'));
    expect(coverA).toBeGreaterThan(pages.indexOf(index!));
    expect(coverB).toBeGreaterThan(coverA);
    // Exhibit A is a whole message: it goes out as its own printed page, a picture after its cover, not as
    // retyped text; the excerpt B stays text with its citation.
    expect(pictured).toEqual([coverA + 2]);
    expect(pages.slice(coverA + 1, coverB).join(' ')).not.toContain('Route every detainer request');
    expect(pages.slice(coverB + 1).join(' ')).toContain(QUOTE);
  });

  it('numbers the exhibit pages with Bates numbers in order, matching the index', async () => {
    const { page } = browser;
    await page.getByRole('checkbox', { name: 'Number the exhibit pages in the footer' }).check();
    await page.getByLabel('Prefix').fill('CITY-AG-');
    await page.getByLabel('First number').fill('101');
    await page.getByLabel('Digits').fill('6');
    await page.getByText('First page: CITY-AG-000101').waitFor();

    const { pages, pictured } = await exportPages(page, 'exhibits-bates');
    const index = pages.find((p) => p.includes('INDEX OF EXHIBITS'))!;
    // The index gives A, the message printed as its own page, the one number stamped on that page (its
    // cover is a slip sheet), and B, the excerpt, the numbers of its cover and text pages.
    const indexNumbers = [...index.matchAll(/CITY-AG-(\d{6})/g)].map((m) => Number(m[1]));
    expect(indexNumbers).toEqual([101, 102, 103]);
    // A's number is stamped inside the picture of its page (after its unnumbered cover), so the text layer
    // never shows it; B's cover and text pages carry 102 and 103 in their footers.
    const coverA = pages.findIndex((p) => p.includes('EXHIBIT A'));
    expect(pictured).toEqual([coverA + 2]);
    const numbered = pages
      .map((p, at) => ({ at, bates: /CITY-AG-(\d{6})/.exec(p) }))
      .filter((p) => p.at > pages.indexOf(index) && p.bates)
      .map((p) => ({ at: p.at, number: Number(p.bates![1]) }));
    expect(numbered.map((p) => p.number)).toEqual([102, 103]);
    expect(pages[numbered[0]!.at]).toContain('EXHIBIT B');
    expect(numbered[1]!.at).toBe(numbered[0]!.at + 1);
    expect(numbered.at(-1)!.at).toBe(pages.length - 1);
  });

  it('flags an excerpt whose source left the library before export, and exports anyway on request', async () => {
    const { page } = browser;
    // The policy is removed from the library behind the app's back (another window, say).
    const removed = await page.evaluate(async () => {
      // The page moved the launch token from the address bar into this tab's storage.
      const token = sessionStorage.getItem('counsel-desk-token') ?? '';
      const call = async (channel: string, body: unknown) =>
        (await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-desk-token': token },
          body: JSON.stringify(body),
        }).then((r) => r.json())) as { ok: boolean; value: { id: string; title: string }[] };
      const list = await call('library:list', {});
      const policy = list.value.find((s) => s.title === 'Immigration Enforcement');
      return policy ? (await call('library:remove', { id: policy.id })).ok : false;
    });
    expect(removed).toBe(true);

    await page.getByRole('button', { name: 'Export DOCX' }).click();
    const dialog = page.getByRole('dialog', { name: 'Excerpts to review before export' });
    await dialog.waitFor();
    const items = dialog.getByRole('list', { name: 'Excerpts to review' }).getByRole('listitem');
    await expect(items.count()).resolves.toBe(2);
    await expect(items.first().innerText()).resolves.toMatch(/The source is no longer in the library/);
    await expect(dialog.innerText()).resolves.toContain('(Exhibit B)');
    await screenshot(page, 'export-excerpt-review');
    expect(await seriousViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Export anyway' }).click();
    const incomplete = page.getByRole('complementary', { name: 'Review before sending' });
    await incomplete.waitFor();
    const download = page.waitForEvent('download');
    await incomplete.getByRole('button', { name: 'Export anyway as marked draft' }).click();
    const file = path.join(await tempDir('exhibits-export'), 'flagged.docx');
    await (await download).saveAs(file);
    const text = (await pdfPages(await docxToPdf(file))).map(squash).join(' ');
    expect(text).toContain('EXHIBIT B Excerpt of General Order 301.00');
  });

  it('warns before deleting a referenced exhibit, then shows and exports the reference as deleted', async () => {
    const desk = new DeskPage(browser.page);
    const { page } = browser;
    await recordRow(page, 'Exhibit A').getByRole('button', { name: 'Delete Exhibit A' }).click();
    const warning = page.getByRole('alertdialog', { name: /Exhibit A is referred to in 1 place/ });
    await warning.waitFor();
    await expect(warning.innerText()).resolves.toContain('The Chief’s instruction is attached as Exhibit A');
    await screenshot(page, 'library-delete-warning');
    await warning.getByRole('button', { name: 'Delete anyway' }).click();
    const chip = desk.editor.locator('[data-exhibit-ref]').first();
    await expect.poll(() => chip.locator('[data-chip-text]').innerText()).toBe('Exhibit [deleted]');
    await expect(chip.getAttribute('class')).resolves.toContain('field-chip--broken');
    await expect(desk.editor.locator('[data-exhibit-ref]').nth(1).innerText()).resolves.toContain(
      'Exhibit A',
    );
    await chip.scrollIntoViewIfNeeded();
    await screenshot(page, 'library-broken-reference');

    await page.getByRole('button', { name: 'Export DOCX' }).click();
    await page
      .getByRole('dialog', { name: 'Excerpts to review before export' })
      .getByRole('button', { name: 'Export anyway' })
      .click();
    const incomplete = page.getByRole('complementary', { name: 'Review before sending' });
    const download = page.waitForEvent('download');
    await incomplete.getByRole('button', { name: 'Export anyway as marked draft' }).click();
    const file = path.join(await tempDir('exhibits-export'), 'deleted.docx');
    await (await download).saveAs(file);
    const text = (await pdfPages(await docxToPdf(file))).map(squash).join(' ');
    expect(text).toContain(
      'The Chief’s instruction is attached as Exhibit [deleted] and the order itself as Exhibit A.',
    );
    expect(text).toContain('EXHIBIT A Excerpt of General Order 301.00');
  });
});
