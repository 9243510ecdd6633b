// The records list on the Library & Exhibits tab, in Chromium against the web host, with the Dallas example
// (five records of its own, the first Exhibit A; Bates DAL-AG-) and its response open: attaching from the
// library makes an enclosed exhibit, a paper record is added by its pages, Bates ranges are computed, and
// marking a record withheld takes it out of the letter's enclosures and renumbers the others. Requests are
// ticked on a row and seen in the request matrix.
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

/**
 * The records list and the request matrix below it, in parts of 800 px (easier to look at): the window is made
 * tall enough that the sidebar does not scroll, however many records the list holds.
 */
async function screenshotSidebar(page: Page, name: string): Promise<void> {
  const size = page.viewportSize()!;
  const content = await page.locator('.sidebar-panel').evaluate((panel) => panel.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.min(content + 300, 8000) });
  await fs.mkdir(screenshotDir, { recursive: true });
  const records = page.getByRole('region', { name: /^Records/ });
  await records.evaluate((region) => region.scrollIntoView({ block: 'start' }));
  const top = (await records.boundingBox())!.y;
  const box = (await page.locator('.sidebar').boundingBox())!;
  const bottom = box.y + box.height;
  for (let y = top, part = 1; y < bottom; y += 800, part++) {
    const clip = { x: box.x, y, width: box.width, height: Math.min(800, bottom - y) };
    await page.screenshot({ path: path.join(screenshotDir, `${name}-${part}.png`), clip });
  }
  await page.setViewportSize(size);
}

const enclosed = (row: Locator) => row.getByRole('checkbox', { name: /^Enclose .* with this letter$/ });
const batesOf = (name: string) => recordRow(session.page, name).getByTestId('bates-range').innerText();
const first = (range: string) => Number(/^DAL-AG-(\d{6})/.exec(range)![1]);
const last = (range: string) => Number(/(\d{6})$/.exec(range)![1]);
const bates6 = (n: number) => `DAL-AG-${String(n).padStart(6, '0')}`;

describe('the records list', () => {
  it('attaches enclosed exhibits, adds a paper record and computes Bates ranges', async () => {
    const { page, desk } = session;
    await page.getByRole('button', { name: 'Open the Dallas example' }).click();
    // A response encloses every produced exhibit: the example's own Exhibit A to begin with.
    await desk.generateDraft('Substantive response');
    const library = new LibraryPage(page);
    await library.open();
    await expect(recordRows(page).count()).resolves.toBe(5);
    await expect(enclosed(recordRow(page, 'Exhibit A')).isChecked()).resolves.toBe(true);
    await library.importFiles([fixtures.pdf, fixtures.eml], 'Immigration Enforcement: 2 pages');
    await library.openHit('forward detainer', 'Immigration Enforcement');
    await library.selectPassage(/Officers shall forward every immigration detainer request/);
    await page.getByRole('button', { name: 'Attach as exhibit' }).click();
    await page.getByText(/^Attached as Exhibit B: .* It is enclosed with the open letter\.$/).waitFor();
    await library.openHit('handling', 'Handling of detainer requests');
    await page.getByRole('button', { name: 'Attach whole source' }).click();
    await page.getByRole('button', { name: 'Close the source' }).click();

    await page.getByText('Add a record without text').click();
    const form = page.getByRole('form', { name: 'Add a record without text' });
    await form.getByLabel('Description').fill('Training roster, 2017 (paper)');
    await form.getByLabel('Pages').fill('3');
    await form.getByRole('button', { name: 'Add record' }).click();
    await page.getByRole('status').filter({ hasText: 'Added Record 8: Training roster' }).waitFor();

    const rows = recordRows(page);
    await expect(rows.count()).resolves.toBe(8);
    const paper = recordRow(page, 'Record 8');
    await expect(paper.getByLabel('Pages of Record 8').inputValue()).resolves.toBe('3');
    // A paper record is not an exhibit until ticked, and only then can the letter enclose it.
    await expect(enclosed(paper).isDisabled()).resolves.toBe(true);
    await paper.getByText('Only exhibits are enclosed').waitFor();
    await paper.getByRole('checkbox', { name: 'Exhibit', exact: true }).check();
    const exhibitD = recordRow(page, 'Exhibit D');
    await enclosed(exhibitD).check();
    for (const label of ['A', 'B', 'C', 'D'])
      await expect(enclosed(recordRow(page, `Exhibit ${label}`)).isChecked()).resolves.toBe(true);
    await expect(recordRow(page, 'Exhibit B').innerText()).resolves.toMatch(/\d+ pages?/);

    // Every produced record is numbered in list order, exhibit or not; withheld ones are not.
    const bates = page.getByRole('checkbox', { name: 'Number the exhibit pages in the footer' });
    await expect(bates.isChecked()).resolves.toBe(true);
    await expect(batesOf('Exhibit A')).resolves.toBe('DAL-AG-000001 – DAL-AG-000008');
    await expect(batesOf('Record 4')).resolves.toBe('Not numbered: not produced');
    const [record3, b, c, d] = await Promise.all(
      ['Record 3', 'Exhibit B', 'Exhibit C', 'Exhibit D'].map(batesOf),
    );
    expect(first(b!)).toBe(last(record3!) + 1);
    expect(first(c!)).toBe(last(b!) + 1);
    expect(d).toBe(`${bates6(last(c!) + 1)} – ${bates6(last(c!) + 3)}`);
  });

  it('takes a record marked withheld out of the letter, letters the others again and renumbers the pages', async () => {
    const { page } = session;
    // The example's general order, Exhibit A until it is withheld; its row keeps its id whatever it is called.
    const order = page.locator('#record-row-general-order');
    const passageBefore = await batesOf('Exhibit B');
    await order.getByLabel('Status of Exhibit A').selectOption({ label: 'Withheld' });
    await page
      .getByRole('status')
      .filter({ hasText: 'Exhibit A is no longer enclosed with the letter.' })
      .waitFor();
    // Only exhibits that go out are lettered: the withheld order is Record 1 now, the passage Exhibit A.
    await expect(order.getByLabel('Description of Record 1', { exact: true }).count()).resolves.toBe(1);
    await expect(enclosed(order).isChecked()).resolves.toBe(false);
    await expect(enclosed(order).isDisabled()).resolves.toBe(true);
    await order.getByText('Withheld records are never enclosed.').waitFor();
    await expect(batesOf('Record 1')).resolves.toBe('Not numbered: not produced');
    // The basis is asked for, as the privilege log needs it.
    const basis = order.getByLabel('Basis for withholding');
    await expect(basis.getAttribute('aria-invalid')).resolves.toBe('true');
    await basis.fill('Tex. Gov’t Code § 552.107(1)');
    await expect(basis.getAttribute('aria-invalid')).resolves.toBe('false');
    // Record 2 is now the first produced record: its pages start the numbering, and the order's 8 pages
    // are gone from every range after it.
    await expect(batesOf('Record 2')).resolves.toMatch(/^DAL-AG-000001 – /);
    const passageAfter = await batesOf('Exhibit A');
    expect(first(passageAfter)).toBe(first(passageBefore) - 8);
    expect(last(passageAfter)).toBe(last(passageBefore) - 8);
    await expect(enclosed(recordRow(page, 'Exhibit A')).isChecked()).resolves.toBe(true);
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
    // The status is edited in the matter form: the matrix leads there.
    await request1.getByRole('button', { name: 'Change the status of request 1' }).click();
    const status = page
      .getByRole('group', { name: 'Request 1' })
      .getByLabel('Response status', { exact: true });
    await expect.poll(() => status.evaluate((el) => el === document.activeElement)).toBe(true);
    await status.selectOption({ label: 'Produced' });
    await page.getByRole('tab', { name: 'Library & Exhibits' }).click();
    await request1.getByText('Answered by producing records: tick the records below.').waitFor();

    await screenshotSidebar(page, 'library-records-list');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
