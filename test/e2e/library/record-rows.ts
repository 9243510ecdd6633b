// Finding rows of the records list on the Library & Exhibits tab, by the name the row goes by now
// ("Exhibit B" for an attached record, "Record 3" otherwise).
import type { Locator, Page } from 'playwright-core';

export const recordRows = (page: Page): Locator => page.locator('.record-row');

export const recordRow = (page: Page, name: string): Locator =>
  page.locator('.record-row', { has: page.getByLabel(`Description of ${name}`, { exact: true }) });

/** "A: Excerpt of General Order 301.00" for each exhibit row, in list order. */
export const exhibitLines = (page: Page): Promise<string[]> =>
  recordRows(page).evaluateAll((items) =>
    items.flatMap((li) => {
      const label = li.querySelector('.record-exhibit-label')?.textContent ?? '';
      const description = li.querySelector<HTMLInputElement>('.record-description')?.value ?? '';
      return label ? [`${label}: ${description}`] : [];
    }),
  );
