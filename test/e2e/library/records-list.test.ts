// The records list on the Library & Exhibits tab, in Chromium against the web host, with the Dallas example
// and a draft open: attaching from the library makes an enclosed exhibit, a paper record is added by its
// pages, Bates ranges are computed, and marking a record withheld takes it out of the letter's enclosures and
// renumbers the others. Requests are ticked on a row and seen in the request matrix.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFixtures } from '../../support/library-fixtures';
import { seriousViolations } from '../support/axe';
import { screenshotDir } from '../support/browser';
import { useDeskSession } from '../support/desk-session';
import { LibraryPage } from '../support/library-page';
import { recordRow, recordRows } from './record-rows';

const session = useDeskSession();
let fixtures: Awaited<ReturnType<typeof writeFixtures>>;

beforeAll(async () => {
  fixtures = await writeFixtures();
});

/** The sidebar on a tall window, so the records list shows in full; in parts of 800 px, easier to look at. */
async function screenshotSidebar(page: Page, name: string): Promise<void> {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width, height: 2600 });
  await fs.mkdir(screenshotDir, { recursive: true });
  await page.getByRole('region', { name: /^Records/ }).scrollIntoViewIfNeeded();
  const box = (await page.locator('.sidebar').boundingBox())!;
  for (let y = 0, part = 1; y < box.height; y += 800, part++) {
    const clip = { x: box.x, y: box.y + y, width: box.width, height: Math.min(800, box.height - y) };
    await page.screenshot({ path: path.join(screenshotDir, `${name}-${part}.png`), clip });
  }
  await page.setViewportSize(size);
}

const enclosed = (row: Locator) => row.getByRole('checkbox', { name: /^Enclose .* with this letter$/ });
const bates = (row: Locator) => row.getByTestId('bates-range').innerText();

describe('the records list', () => {
  it('attaches enclosed exhibits, adds a paper record and computes Bates ranges', async () => {
    const { page, desk } = session;
    await page.getByRole('button', { name: 'Open the Dallas example' }).click();
    await desk.generateDraft();
    const library = new LibraryPage(page);
    await library.open();
    await library.importFiles([fixtures.pdf, fixtures.eml], 'Immigration Enforcement: 2 pages');
    await library.openHit('forward detainer', 'Immigration Enforcement');
    await library.selectPassage(/Officers shall forward every immigration detainer request/);
    await page.getByRole('button', { name: 'Attach as exhibit' }).click();
    await page.getByText(/^Attached as Exhibit A: .* It is enclosed with the open letter\.$/).waitFor();
    await library.openHit('handling', 'Handling of detainer requests');
    await page.getByRole('button', { name: 'Attach whole source' }).click();
    await page.getByRole('button', { name: 'Close the source' }).click();

    await page.getByText('Add a record without text').click();
    const form = page.getByRole('form', { name: 'Add a record without text' });
    await form.getByLabel('Description').fill('Training roster, 2017 (paper)');
    await form.getByLabel('Pages').fill('3');
    await form.getByRole('button', { name: 'Add record' }).click();
    await page.getByRole('status').filter({ hasText: 'Added Record 3: Training roster' }).waitFor();

    const rows = recordRows(page);
    await expect(rows.count()).resolves.toBe(3);
    const paper = recordRow(page, 'Record 3');
    await expect(paper.getByLabel('Pages of Record 3').inputValue()).resolves.toBe('3');
    // A paper record is not an exhibit until ticked, and only then can the letter enclose it.
    await expect(enclosed(paper).isDisabled()).resolves.toBe(true);
    await paper.getByText('Only exhibits are enclosed').waitFor();
    await paper.getByRole('checkbox', { name: 'Exhibit', exact: true }).check();
    const exhibitC = recordRow(page, 'Exhibit C');
    await enclosed(exhibitC).check();
    for (const label of ['A', 'B', 'C'])
      await expect(enclosed(recordRow(page, `Exhibit ${label}`)).isChecked()).resolves.toBe(true);
    await expect(recordRow(page, 'Exhibit A').innerText()).resolves.toMatch(/\d+ pages?/);

    await page.getByRole('checkbox', { name: 'Number the exhibit pages in the footer' }).check();
    const [a, b, c] = await Promise.all(['A', 'B', 'C'].map((l) => bates(recordRow(page, `Exhibit ${l}`))));
    expect(a).toMatch(/^CITY-AG-000001( – CITY-AG-\d{6})?$/);
    const last = (range: string) => Number(/(\d{6})$/.exec(range)![1]);
    const first = (range: string) => Number(/CITY-AG-(\d{6})/.exec(range)![1]);
    expect(first(b!)).toBe(last(a!) + 1);
    expect(c).toBe(
      `CITY-AG-${String(last(b!) + 1).padStart(6, '0')} – CITY-AG-${String(last(b!) + 3).padStart(6, '0')}`,
    );
  });

  it('takes a record marked withheld out of the letter and renumbers the pages after it', async () => {
    const { page } = session;
    const exhibitA = recordRow(page, 'Exhibit A');
    const bBefore = await bates(recordRow(page, 'Exhibit B'));
    await exhibitA.getByLabel('Status of Exhibit A').selectOption({ label: 'Withheld' });
    await page
      .getByRole('status')
      .filter({ hasText: 'Exhibit A is no longer enclosed with the letter.' })
      .waitFor();
    await expect(enclosed(exhibitA).isChecked()).resolves.toBe(false);
    await expect(enclosed(exhibitA).isDisabled()).resolves.toBe(true);
    await exhibitA.getByText('Withheld records are never enclosed.').waitFor();
    await expect(bates(exhibitA)).resolves.toBe('Not numbered: not produced');
    // The basis is asked for, as the privilege log needs it.
    const basis = exhibitA.getByLabel('Basis for withholding');
    await expect(basis.getAttribute('aria-invalid')).resolves.toBe('true');
    await basis.fill('Tex. Gov’t Code § 552.107(1)');
    await expect(basis.getAttribute('aria-invalid')).resolves.toBe('false');
    // Exhibit B is now the first produced record: its pages start the numbering.
    const bAfter = await bates(recordRow(page, 'Exhibit B'));
    expect(bAfter).not.toBe(bBefore);
    expect(bAfter).toMatch(/^CITY-AG-000001/);
    await expect(enclosed(recordRow(page, 'Exhibit B')).isChecked()).resolves.toBe(true);
  });

  it('ticks the requests a record answers, as the request matrix shows', async () => {
    const { page } = session;
    const exhibitB = recordRow(page, 'Exhibit B');
    await exhibitB.getByRole('checkbox', { name: 'Exhibit B answers request 1' }).check();
    const matrix = page.getByRole('region', { name: 'Requests and records' });
    const answering1 = matrix.getByRole('group', { name: /Records answering request 1\b/ });
    await expect(
      answering1.getByRole('checkbox', { name: 'Exhibit B: Handling of detainer requests' }).isChecked(),
    ).resolves.toBe(true);
    await answering1.getByRole('checkbox', { name: /^Exhibit C: Training roster/ }).check();
    await expect(
      recordRow(page, 'Exhibit C').getByRole('checkbox', { name: 'Exhibit C answers request 1' }).isChecked(),
    ).resolves.toBe(true);
    const request1 = matrix.getByRole('listitem').filter({ has: page.getByText(/^Request 1\.$/) });
    await request1.getByLabel('Status of request 1').selectOption({ label: 'Produced' });
    await request1.getByText('Answered by producing records: tick the records below.').waitFor();

    await screenshotSidebar(page, 'library-records-list');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
