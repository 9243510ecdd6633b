// What a user does in the browser-mode app, as reusable steps for the end-to-end tests.
import type { Locator, Page } from 'playwright-core';

export class DeskPage {
  constructor(readonly page: Page) {}

  get editor(): Locator {
    return this.page.locator('[data-testid="draft-editor"]');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.app[data-ready="true"]').waitFor();
  }

  async tab(name: 'Drafts' | 'Matter'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  async generateDraft(templateTitle?: string): Promise<void> {
    await this.tab('Drafts');
    if (templateTitle) await this.page.getByLabel('Template').selectOption({ label: templateTitle });
    // Wait for the new draft itself, not just an editor: another draft may already be open.
    const drafts = this.page.locator('[data-draft-open]');
    const before = await drafts.count();
    await this.page.getByRole('button', { name: 'Generate draft' }).click();
    await drafts.nth(before).waitFor();
    await this.editor.waitFor();
  }

  async fillField(label: string, value: string): Promise<void> {
    await this.tab('Matter');
    const field = this.page.getByLabel(label, { exact: true }).first();
    await field.fill(value);
  }

  /** Puts the cursor at the end of the paragraph that contains `text`, by clicking right of its last line. */
  async clickEndOf(text: string): Promise<void> {
    const paragraph = this.editor.locator('p').filter({ hasText: text }).first();
    await paragraph.scrollIntoViewIfNeeded();
    const box = await paragraph.boundingBox();
    if (!box) throw new Error(`The paragraph with "${text}" is not visible.`);
    await paragraph.click({ position: { x: box.width - 2, y: box.height - 6 } });
    await this.page.keyboard.press('End');
  }

  async saveAs(path: string): Promise<void> {
    await this.page.keyboard.press('Control+s');
    const dialog = this.page.getByRole('dialog', { name: 'Save matter as' });
    await dialog.getByLabel('File path').fill(path);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    // "Unsaved changes" contains "saved" too: wait for the status that starts with "Saved".
    await this.page
      .getByTestId('save-state')
      .filter({ hasText: /^Saved / })
      .waitFor();
  }

  async openFile(path: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Open…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Open matter' });
    await dialog.getByLabel('File path').fill(path);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** The field chips linked to a matter path, as their visible text. */
  chips(path: string): Locator {
    return this.editor.locator(`[data-field-path="${path}"] [data-chip-text]`);
  }
}
