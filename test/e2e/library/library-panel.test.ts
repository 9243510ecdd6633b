// The Library & Exhibits tab in Chromium against the web host: import a policy PDF and an email, find a
// passage, attach it and the whole email as exhibits (records of the records list), reorder them by keyboard,
// and check accessibility.
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { screenshot } from '../support/browser';
import { writeFixtures } from '../../support/library-fixtures';
import { useDeskSession } from '../support/desk-session';
import { recordRows } from './record-rows';

const session = useDeskSession();
let fixtures: Awaited<ReturnType<typeof writeFixtures>>;

beforeAll(async () => {
  fixtures = await writeFixtures();
});

describe('library panel', () => {
  it('imports, finds a passage, attaches exhibits and reorders them', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Library & Exhibits' }).click();
    await page
      .getByLabel('Files to import')
      .setInputFiles([fixtures.pdf, fixtures.eml, fixtures.truncatedPdf]);
    const results = page.getByRole('list', { name: 'Import results' });
    await results.getByText('Immigration Enforcement: 2 pages').waitFor();
    await expect(results.getByText(/truncated\.pdf could not be read/).count()).resolves.toBe(1);

    await page.getByLabel('Words to find').fill('forward detainer');
    const hit = page.locator('.search-hit').first();
    await hit.waitFor();
    await expect(hit.innerText()).resolves.toMatch(
      /Immigration Enforcement[\s\S]*3\.2 Detainer Requests · p\. 2/,
    );
    await expect(hit.locator('mark').first().innerText()).resolves.toMatch(/forward|detainer/i);
    await hit.click();

    const viewer = page.getByRole('document', { name: 'Text of Immigration Enforcement' });
    await viewer.getByText('Page 2', { exact: true }).waitFor();
    await viewer.getByText(/Officers shall forward every immigration detainer request/).evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    // Without an open draft there is nowhere to quote into, and the panel says so.
    await page.getByRole('button', { name: 'Quote in draft' }).click();
    await page.getByText(/No draft is open, so there is nowhere to quote into/).waitFor();
    await page.getByRole('button', { name: 'Attach as exhibit' }).click();
    await page
      .getByText('Attached as Exhibit A: General Order 301.00, Immigration Enforcement, § 3.2, at 2.', {
        exact: true,
      })
      .waitFor();
    await page.getByRole('button', { name: 'Insert reference to Exhibit A' }).click();
    await page.getByText(/No draft is open\. Open one on the Drafts tab/).waitFor();

    await page.getByLabel('Words to find').fill('handling');
    await page.locator('.search-hit', { hasText: 'Handling of detainer requests' }).click();
    await page.getByRole('button', { name: 'Attach whole source' }).click();

    const rows = recordRows(page);
    await expect(rows.count()).resolves.toBe(2);
    await expect(page.getByLabel('Description of Exhibit B').inputValue()).resolves.toBe(
      'Handling of detainer requests',
    );
    await rows.nth(1).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(page.getByLabel('Description of Exhibit A').inputValue()).resolves.toBe(
      'Handling of detainer requests',
    );
    await expect(page.getByLabel('Description of Exhibit B').inputValue()).resolves.toBe(
      'Excerpt of General Order 301.00',
    );
    await page.getByRole('button', { name: 'Check excerpts against the library' }).click();
    await page.getByText('All 2 excerpts match their sources.').waitFor();
    await screenshot(page, 'library-panel');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
