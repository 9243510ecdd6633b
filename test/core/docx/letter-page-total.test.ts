// With exhibits appended, "Page X of Y" on the letter counts the letter's pages, not the exhibits'.
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/docx/build-docx';
import type { DocxOptions } from '../../../core/docx/build-docx';
import { LETTER_END_BOOKMARK } from '../../../core/docx/letter-page-total';
import { exhibitExportSet } from '../../../core/exhibits/exhibit-export';
import { recordSchema } from '../../../core/records/record';
import { recordViews } from '../../../core/records/record-views';
import { docxParts, headerFooter, paragraphsOf, part } from '../../support/docx-xml';
import { policyExcerpt } from '../../support/excerpt-fixture';
import { exportAndConvert, squash } from '../../support/export-to-pdf';
import { sampleLetter } from '../../support/sample-letter';

const bates = { enabled: true, prefix: 'DAL-', start: 1, digits: 6 };

const withExhibits = (): DocxOptions => {
  const views = recordViews({
    records: [
      recordSchema.parse({
        id: 'ex-go',
        description: 'General Order 315.02, excerpt',
        excerptId: 'x1',
        exhibit: true,
      }),
    ],
    excerpts: [
      policyExcerpt('x1', 'Officers shall not inquire into the immigration status of a victim or witness.', {
        identifier: 'General Order 315.02',
        section: '3.2',
        pageEnd: 4,
      }),
    ],
    exhibitSettings: { labelStyle: 'letters', bates },
  });
  return { exhibitSet: exhibitExportSet(views.exhibits, bates) };
};

describe("the letter's page count when exhibits follow it", () => {
  it('counts to a bookmark at the end of the letter instead of NUMPAGES', async () => {
    const parts = await docxParts(buildDocx(sampleLetter(), withExhibits()));
    for (const [kind, which] of [
      ['footer', 'first'],
      ['header', 'default'],
    ] as const) {
      const furniture = headerFooter(parts, kind, which);
      expect(furniture, `${kind} ${which}`).toContain(`PAGEREF ${LETTER_END_BOOKMARK}`);
      expect(furniture, `${kind} ${which}`).not.toMatch(/NUMPAGES/);
    }
    const document = part(parts, 'word/document.xml');
    expect(document).toContain(`w:name="${LETTER_END_BOOKMARK}"`);
    // The bookmark sits in the letter's last paragraph: the one that closes the letter's section.
    const marked = paragraphsOf(document).filter((paragraph) => paragraph.includes(LETTER_END_BOOKMARK));
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatch(/<w:sectPr>.*<w:titlePg\/>.*<\/w:sectPr>/s);
  });

  it('prints "Page X of 3" on each page of a three-page letter with exhibits after it (LibreOffice)', async () => {
    const pdf = await exportAndConvert(sampleLetter(), 'letter-with-exhibits', withExhibits());
    expect(pdf.pageCount).toBeGreaterThan(3);
    const letterPages = pdf.pages.filter((page) => /Page \d+ of \d+/.test(page));
    expect(letterPages).toHaveLength(3);
    letterPages.forEach((page, index) => expect(squash(page)).toContain(`Page ${index + 1} of 3`));
  });
});
