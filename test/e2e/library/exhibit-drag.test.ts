// Reordering exhibits with the mouse, in Chromium against the web host: attach two exhibits, drag the second
// row of the records list above the first by its number, and the rows swap with their labels (the dragged one
// becomes Exhibit A).
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFixtures } from '../../support/library-fixtures';
import { useDeskSession } from '../support/desk-session';
import { LibraryPage } from '../support/library-page';
import { exhibitLines, recordRows } from './record-rows';

const session = useDeskSession();
let fixtures: Awaited<ReturnType<typeof writeFixtures>>;

beforeAll(async () => {
  fixtures = await writeFixtures();
});

describe('dragging exhibits', () => {
  it('moves the second exhibit above the first, and the labels follow', async () => {
    const { page } = session;
    const library = new LibraryPage(page);
    await library.open();
    await library.importFiles([fixtures.pdf, fixtures.eml], 'Immigration Enforcement: 2 pages');
    await library.openHit('forward detainer', 'Immigration Enforcement');
    await library.selectPassage(/Officers shall forward every immigration detainer request/);
    await page.getByRole('button', { name: 'Attach as exhibit' }).click();
    await page.getByText(/^Attached as Exhibit A: General Order 301\.00/).waitFor();
    await library.openHit('handling', 'Handling of detainer requests');
    await page.getByRole('button', { name: 'Attach whole source' }).click();

    const rows = recordRows(page);
    const shown = () => exhibitLines(page);
    await expect
      .poll(shown)
      .toEqual(['A: Excerpt of General Order 301.00', 'B: Handling of detainer requests']);

    // HTML5 drag and drop: grab the second row by its number, the row's drag handle.
    await rows.nth(1).locator('.record-handle').dragTo(rows.nth(0).locator('.record-handle'));

    await expect
      .poll(shown)
      .toEqual(['A: Handling of detainer requests', 'B: Excerpt of General Order 301.00']);
    await page.getByRole('status').filter({ hasText: 'Moved to position 1; now Exhibit A.' }).waitFor();
  });
});
