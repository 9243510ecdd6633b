// Footnotes as in Word: Insert footnote (or Ctrl+Alt+F) puts a numbered marker at the cursor and the note's
// text where the user types next, Enter goes back to the letter, numbers follow reading order, and the
// export has real footnotes that LibreOffice puts at the foot of the page.
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { docxTexts, docxToPdf, pdfPages } from '../../support/libreoffice';
import { screenshot } from '../support/browser';
import { tempDir } from '../support/web-host';
import { useDraftSession } from '../support/draft-session';

const session = useDraftSession();
const note = (n: number) => session.desk.editor.getByRole('note', { name: `Footnote ${n}` });

describe('footnotes', () => {
  it('puts a numbered note at the cursor from the toolbar, and Enter returns to the letter', async () => {
    const { page } = session.browser;
    await session.desk.clickEndOf('expressly reserved.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The statute applies');
    await page.getByRole('button', { name: 'Insert footnote' }).click();
    await page.keyboard.type('Tex. Gov’t Code § 752.053.');
    await page.keyboard.press('Enter');
    await page.keyboard.type(' to the City.');
    await expect.poll(() => note(1).textContent()).toContain('Tex. Gov’t Code § 752.053.');
    const paragraph = session.desk.editor.locator('p').filter({ hasText: 'The statute applies' });
    expect((await paragraph.textContent())?.replace(/\u00a0/g, '')).toBe(
      'The statute applies1Tex. Gov’t Code § 752.053. to the City.',
    );
  });

  it('numbers notes in reading order: one inserted earlier with Ctrl+Alt+F becomes 1', async () => {
    const { page } = session.browser;
    const paragraph = session.desk.editor.locator('p').filter({ hasText: 'The statute applies' });
    await paragraph.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Home');
    await page.keyboard.type('Indeed,');
    await page.keyboard.press('Control+Alt+f');
    await page.keyboard.type('See the letter of March 7.');
    await page.keyboard.press('Enter');
    await page.keyboard.type(' ');
    await expect.poll(() => note(1).textContent()).toContain('See the letter of March 7.');
    await expect.poll(() => note(2).textContent()).toContain('Tex. Gov’t Code § 752.053.');
    await screenshot(page, '31-footnotes');
    // Undo takes back the space, the note's text, then the note: the other note is 1 again.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
    await expect.poll(() => note(2).count()).toBe(0);
    await expect.poll(() => note(1).textContent()).toContain('Tex. Gov’t Code § 752.053.');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+y');
    await expect.poll(() => note(2).textContent()).toContain('Tex. Gov’t Code § 752.053.');
    await expect.poll(() => note(1).textContent()).toContain('See the letter of March 7.');
  });

  it('exports real footnotes: LibreOffice reads them as notes and prints them at the foot of the page', async () => {
    const { page } = session.browser;
    await page.getByRole('button', { name: 'Export DOCX' }).click();
    const panel = page.getByRole('complementary', { name: 'Review before sending' });
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export anyway as marked draft' }).click();
    const dir = await tempDir('footnotes');
    const file = path.join(dir, 'footnotes.docx');
    await (await download).saveAs(file);

    // LibreOffice's HTML marks a footnote it read as one: an anchor in the text and the note at the end.
    await docxTexts([file], dir);
    const html = await fs.readFile(path.join(dir, 'footnotes.html'), 'utf8');
    expect(html.match(/class="sdfootnoteanc"/g)).toHaveLength(2);
    const notes = [...html.matchAll(/<div id="sdfootnote(\d)">([\s\S]*?)<\/div>/g)].map(
      (m) =>
        `${m[1]}:${m[2]!
          .replace(/<[^>]*>/g, '')
          .replace(/\s+/g, ' ')
          .trim()}`,
    );
    expect(notes).toEqual(['1:1See the letter of March 7.', '2:2Tex. Gov’t Code § 752.053.']);

    // In print, the sentence reads on without the notes, which stand below the body of page 1.
    const [first] = await pdfPages(await docxToPdf(file, dir));
    const text = first!.replace(/\s+/g, ' ');
    expect(text).toMatch(/Indeed,1 The statute applies2 to the City\./);
    expect(text.indexOf('See the letter of March 7.')).toBeGreaterThan(text.indexOf('to the City.'));
  });
});
