// Page images (issue 10) in Chromium against the web host: a phrase redacted in every record produced (the
// matter's productionRedactions) shows black on the record's pages in the viewer, where the production will
// black it out, named for its phrase and reason and not removable there (the Redact… dialog removes it).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { screenshot } from '../support/browser';
import { attachWhole } from '../support/attach-whole';
import { useDeskSession } from '../support/desk-session';
import { repoRoot } from '../support/web-host';
import { drawn } from './page-sheets';
import { recordRow } from './record-rows';

const session = useDeskSession();
const memoPdf = path.join(repoRoot, 'test/fixtures/production/detainer-memo-libreoffice.pdf');
const REASON = "Tex. Gov't Code § 552.108 (law enforcement)";

describe('redacted phrases on page images', () => {
  it('shows a phrase redacted in every record black over its words on the page that has it', async () => {
    const { page } = session;
    await attachWhole(page, memoPdf);
    await page.getByRole('tab', { name: 'Library & Exhibits' }).click();

    await recordRow(page, 'Exhibit A').getByRole('button', { name: 'Redact Exhibit A' }).click();
    const redact = page.getByRole('dialog', { name: /^Redactions: Exhibit A/ });
    await redact.getByRole('button', { name: 'Redact every occurrence…' }).click();
    const form = redact.getByRole('form', { name: 'Redact every occurrence' });
    await form.getByLabel('Phrase to redact').fill('immigration status');
    await form.getByLabel('Every occurrence in every record produced').check();
    await form.getByLabel('Reason', { exact: true }).selectOption({ label: REASON });
    await form.getByRole('button', { name: 'Redact', exact: true }).click();
    await redact
      .getByRole('status')
      .filter({ hasText: /Redacted/ })
      .waitFor();
    await redact.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('button', { name: 'View pages of Exhibit A' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pages of Exhibit A' });
    const sheet = dialog.locator('.page-column .page-sheet[data-page="1"]');
    await drawn(sheet);
    const name = `Redacted: “immigration status” (${REASON})`;
    const black = dialog.locator('.page-figure[data-page="1"]').getByRole('img', { name });
    await expect(black.count()).resolves.toBe(1);
    // A box one line high prints the reason's citation, as the produced page does; the full reason does not fit.
    await expect(black.textContent()).resolves.toBe('§ 552.108');
    await expect(dialog.locator('.page-figure[data-page="2"] .redaction-box').count()).resolves.toBe(0);
    // Not a drawn box: the list of boxes to remove has none.
    await dialog.getByText('No boxes on Exhibit A yet.').waitFor();
    // Over the phrase's words: on the memo's third numbered line (baseline 176 points from the top of the
    // A4 page), after 29 of the line's 63 characters (the line starts 78 points in and is 300 wide), black.
    const placed = await black.evaluate((box) => {
      const s = box.closest('.page-sheet')!.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      const perPoint = s.width / 595.3;
      return {
        left: (b.left - s.left) / perPoint,
        top: (b.top - s.top) / perPoint,
        bottom: (b.bottom - s.top) / perPoint,
        width: b.width / perPoint,
        colour: getComputedStyle(box).backgroundColor,
      };
    });
    expect(placed.colour).toBe('rgb(0, 0, 0)');
    expect(placed.left).toBeGreaterThan(205);
    expect(placed.left).toBeLessThan(230);
    expect(placed.width).toBeGreaterThan(80);
    expect(placed.width).toBeLessThan(110);
    expect(placed.top).toBeLessThan(176 - 7);
    expect(placed.bottom).toBeGreaterThan(176);
    await black.scrollIntoViewIfNeeded();
    await screenshot(page, 'page-phrase-redactions-1-viewer');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
