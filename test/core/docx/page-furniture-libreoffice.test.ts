// What a reader sees at the edges of the page, read back through LibreOffice: one page number on each page,
// and the enclosures and cc list never carried alone onto a page after the signature.
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../core/document/model';
import { exportAndConvert, exportAndConvertAll, squash } from '../../support/export-to-pdf';
import { p, sampleLetter } from '../../support/sample-letter';

const pageNumbers = (page: string): string[] => page.match(/Page \d+( of \d+)?/g) ?? [];

describe('page numbers through LibreOffice', () => {
  it('prints one page number on each page of a letter, at the foot of page 1 and the head of the others', async () => {
    const pdf = await exportAndConvert(sampleLetter(), 'furniture-letter');
    expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
    pdf.pages.forEach((page, index) => {
      expect(pageNumbers(page), `page ${index + 1}`).toEqual([`Page ${index + 1} of ${pdf.pageCount}`]);
      const lines = page.split('\n').filter((line) => line.trim() !== '');
      const at = lines.findIndex((line) => line.includes(`Page ${index + 1} of`));
      if (index === 0) expect(at, 'page 1: at the foot').toBe(lines.length - 1);
      else expect(at, `page ${index + 1}: in the header`).toBeLessThan(4);
    });
  });

  it('numbers every page of a document addressed to no one at its foot', async () => {
    const model = sampleLetter();
    model.continuation = { addressee: '', date: '' };
    const pdf = await exportAndConvert(model, 'furniture-unaddressed');
    pdf.pages.forEach((page, index) =>
      expect(pageNumbers(page), `page ${index + 1}`).toEqual([`Page ${index + 1} of ${pdf.pageCount}`]),
    );
  });
});

/** The closing, signature, enclosures and cc at a different height each time, so one meets the page end. */
function closingAt(lines: number): DocumentModel {
  const model = sampleLetter();
  const filler = p(Array.from({ length: lines }, (_unused, index) => `Filler line ${index + 1}.`).join('\n'));
  const tail = model.children.filter((node) =>
    ['signature-block', 'enclosures', 'cc-block'].includes(node.type),
  );
  model.children = [filler, p('Sincerely,'), ...tail];
  return model;
}

describe('the cc list after the signature, near the end of a page', () => {
  it('stays on the page of the signature, with the enclosures', async () => {
    let pushedOver = false;
    const variants = [41, 43, 45, 47];
    // One LibreOffice run for every variant.
    const printed = await exportAndConvertAll(
      variants.map((lines) => ({ model: closingAt(lines), name: `cc-at-${lines}` })),
    );
    for (const [index, lines] of variants.entries()) {
      const { pages } = printed[index]!;
      const page = pages.findIndex((text) => squash(text).includes('Tammy L. Palomino'));
      for (const line of ['Sincerely,', 'counsel@dallas.example', 'Enclosures', 'Mayor and City Council']) {
        expect(squash(pages[page]!), `${lines} filler lines: ${line}`).toContain(line);
      }
      if (page === 1) pushedOver = true;
    }
    // Proves the page end was really reached by one of the variants.
    expect(pushedOver).toBe(true);
  });
});
