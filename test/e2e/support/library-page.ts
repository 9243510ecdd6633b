// What a paralegal does on the Library & Exhibits tab, as reusable steps for the end-to-end tests.
import type { Locator, Page } from 'playwright-core';

export class LibraryPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Library & Exhibits' }).click();
  }

  async importFiles(files: string[], expectLine: string): Promise<void> {
    await this.page.getByLabel('Files to import').setInputFiles(files);
    await this.page.getByRole('list', { name: 'Import results' }).getByText(expectLine).waitFor();
  }

  /** Searches and opens the first hit that contains `hitText`. */
  async openHit(words: string, hitText: string | RegExp): Promise<Locator> {
    await this.page.getByLabel('Words to find').fill(words);
    const hit = this.page.locator('.search-hit', { hasText: hitText }).first();
    await hit.click();
    return this.page.locator('.source-text');
  }

  /** Selects the viewer paragraph holding `text`, as a mouse drag over it would. */
  async selectPassage(text: string | RegExp): Promise<void> {
    await this.page
      .locator('.source-text')
      .getByText(text)
      .first()
      .evaluate((p) => {
        const range = document.createRange();
        range.selectNodeContents(p);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
  }
}
