// The exported letter, opened in LibreOffice: what a city attorney would see on the printed pages.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../core/document/model';
import { TEST_OUTPUT, exportAndConvert, exportAndConvertAll, squash } from '../../support/export-to-pdf';
import type { ExportedPdf } from '../../support/export-to-pdf';
import { pdfPageToPng } from '../../support/libreoffice';
import { POLICY_QUOTE, REQUESTS, p, sampleLetter } from '../../support/sample-letter';

let letter: ExportedPdf;

beforeAll(async () => {
  letter = await exportAndConvert(sampleLetter(), 'sample-letter');
});

const pageWith = (pages: readonly string[], needle: string) =>
  pages.findIndex((page) => squash(page).includes(needle));

describe('the sample letter in LibreOffice', () => {
  it('runs to three or more pages, each numbered "Page X of Y" once', () => {
    expect(letter.pageCount).toBeGreaterThanOrEqual(3);
    expect(letter.pages).toHaveLength(letter.pageCount);
    letter.pages.forEach((page, index) => {
      expect(squash(page), `page ${index + 1}`).toContain(`Page ${index + 1} of ${letter.pageCount}`);
      expect(page.match(/Page \d+/g), `page ${index + 1}`).toHaveLength(1);
    });
  });

  it('shows the letterhead on page 1 only, and the continuation header on the later pages', () => {
    expect(squash(letter.pages[0]!)).toContain('CITY OF DALLAS OFFICE OF THE CITY ATTORNEY');
    letter.pages.slice(1).forEach((page, index) => {
      expect(page).not.toContain('OFFICE OF THE CITY ATTORNEY');
      const top = page
        .trimStart()
        .split('\n')
        .slice(0, 3)
        .map((line) => line.trim());
      expect(top).toEqual(['Jane Q. Examiner', 'April 4, 2025', `Page ${index + 2} of ${letter.pageCount}`]);
    });
    expect(letter.pages[0]!.trimStart().startsWith('Jane Q. Examiner')).toBe(false);
  });

  it('numbers the second numbered list from 1 again, and nested items a., b.', () => {
    const text = letter.pages.join('\n');
    REQUESTS.forEach((request, index) => expect(squash(text)).toContain(`${index + 1}. ${request}`));
    expect(text).toMatch(/^\s*1\.\s+Policies\./m);
    expect(text).toMatch(/^\s*a\.\s+General Order 315\.02/m);
    expect(text).toMatch(/^\s*b\.\s+General Order 316\.00/m);
    expect(text).toMatch(/^\s*3\.\s+Detainers\./m);
  });

  it('keeps the signature block on one page with "Sincerely,"', () => {
    const page = pageWith(letter.pages, 'Tammy L. Palomino');
    expect(page).toBeGreaterThanOrEqual(0);
    for (const line of ['Sincerely,', 'City Attorney', 'State Bar No. 00000000', 'counsel@dallas.example']) {
      expect(squash(letter.pages[page]!), line).toContain(line);
    }
  });

  it('shows the quoted policy, the exhibit label, the placeholder for an empty field, and no private tokens', () => {
    const text = squash(letter.pages.join('\n'));
    expect(text).toContain(POLICY_QUOTE);
    expect(text).toContain('General Order 315.02 (Exhibit A) provides:');
    expect(text).toContain('Ref. No. [Reference number]');
    expect(text).not.toMatch(/[\uE000\uE001]/);
  });

  it('renders pages 1 and 2 to PNG for a look', async () => {
    for (const page of [1, 2]) {
      const png = await pdfPageToPng(
        letter.pdfPath,
        page,
        path.join(TEST_OUTPUT, 'export', `sample-letter-page-${page}`),
      );
      expect(png).toMatch(/\.png$/);
    }
  });
});

/** A letter whose closing falls at a different height on the page each time, so one of them meets the page end. */
function closingAt(lines: number): DocumentModel {
  const model = sampleLetter();
  const filler = p(Array.from({ length: lines }, (_unused, index) => `Filler line ${index + 1}.`).join('\n'));
  const signature = model.children.find((node) => node.type === 'signature-block')!;
  model.children = [filler, p('Sincerely,'), signature];
  return model;
}

describe('the signature block near the end of a page', () => {
  it('moves whole to the next page with its closing rather than split', async () => {
    let movedToPageTwo = false;
    const variants = [45, 47, 49, 51];
    // One LibreOffice run for every variant.
    const printed = await exportAndConvertAll(
      variants.map((lines) => ({ model: closingAt(lines), name: `signature-at-${lines}` })),
    );
    for (const [index, lines] of variants.entries()) {
      const { pages } = printed[index]!;
      const page = pageWith(pages, 'Tammy L. Palomino');
      for (const line of ['Sincerely,', 'City Attorney', 'State Bar No.', 'counsel@dallas.example']) {
        expect(squash(pages[page]!), `${lines} filler lines: ${line}`).toContain(line);
      }
      if (page === 1) movedToPageTwo = true;
    }
    // Proves the page end was really reached by one of the variants.
    expect(movedToPageTwo).toBe(true);
  });
});
