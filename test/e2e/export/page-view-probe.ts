// Loaded into a bare Chromium page by page-view-agreement.test.ts: lays a document out with the page view's
// own code (the same spec, measuring and pagination), says how many pages it made, and reads the first line
// of each page's body, to compare where the pages break.
import type { DocumentModel } from '../../../core/document/model';
import { pageSpec } from '../../../core/page-layout/page-spec';
import type { PageSpecOptions } from '../../../core/page-layout/page-spec';
import { layOutPages } from '../../../renderer/page-view/layout-run';

/** The words of `element` drawn on its first visible line (a split paragraph's first line on this page). */
function firstLineWords(element: Element): string[] {
  const top = element.getBoundingClientRect().top;
  const words: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const match of text.matchAll(/\S+/g)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rect = range.getBoundingClientRect();
      if (rect.bottom <= top + 1) continue; // a line above the slice (drawn on the page before)
      // The next line: a paragraph's first line is done; a table row goes on to its next cell.
      if (rect.top >= top + 15) {
        if (element.tagName === 'TABLE') continue;
        return words;
      }
      words.push(match[0]);
    }
  }
  return words;
}

/** The first words of each page's body: of its first block whose first line holds any. */
function pageStarts(pages: HTMLElement[]): string[] {
  return pages.map((page) => {
    for (const block of page.querySelectorAll('.pv-body > *')) {
      const words = firstLineWords(block);
      if (words.length > 0) return words.join(' ');
    }
    return '';
  });
}

async function countPages(model: DocumentModel, options: PageSpecOptions) {
  const result = await layOutPages(pageSpec(model, options), { cancelled: false });
  if (!result) throw new Error('The layout was cancelled.');
  document.body.replaceChildren(...result.pages);
  return { pages: result.pages.length, letterPages: result.letterPages, starts: pageStarts(result.pages) };
}

(window as unknown as { countPages: typeof countPages }).countPages = countPages;
