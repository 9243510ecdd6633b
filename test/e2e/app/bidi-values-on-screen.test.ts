// A matter value holding a right-to-left override, shown as a chip in the editor: the letter's own words after
// the chip still run left to right on screen (the chip is isolated, as the DOCX isolates the value).
import { describe, expect, it } from 'vitest';
import { useDeskSession } from '../support/desk-session';

const session = useDeskSession();

describe('a right-to-left override in a value, on screen', () => {
  it('leaves the words after the chip in their order', async () => {
    const { desk, page } = session;
    await desk.fillField('City', '\u202EDallas');
    await desk.generateDraft();
    await desk.chips('respondent.city').first().waitFor();
    // For each chip of the value: the left edges of the first letters after it, in reading order.
    const edges = await page.evaluate(() =>
      [...document.querySelectorAll('[data-field-path="respondent.city"]')].map((chip) => {
        const after = chip.nextElementSibling;
        const walker = document.createTreeWalker(
          after ?? document.createElement('span'),
          NodeFilter.SHOW_TEXT,
        );
        const lefts: number[] = [];
        for (let node = walker.nextNode(); node && lefts.length < 6; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (let i = 0; i < text.length && lefts.length < 6; i++) {
            if (!/\p{L}/u.test(text[i]!)) continue;
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            lefts.push(range.getBoundingClientRect().left);
          }
        }
        return lefts;
      }),
    );
    const checked = edges.filter((lefts) => lefts.length >= 3);
    expect(checked.length).toBeGreaterThan(0);
    for (const lefts of checked) expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
  });
});
