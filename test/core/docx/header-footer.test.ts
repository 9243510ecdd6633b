import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/docx/build-docx';
import { docxParts, headerFooter, part, textOf } from '../../support/docx-xml';
import { sampleLetter } from '../../support/sample-letter';

describe('page set-up, headers and footers', () => {
  it('lays the letter out on US Letter with 1-inch margins and a different first page', async () => {
    const document = part(await docxParts(buildDocx(sampleLetter())), 'word/document.xml');
    expect(document).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(document).toMatch(/<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
    expect(document).toContain('<w:titlePg/>');
  });

  it('puts the letterhead in the first-page header only, and takes it out of the body', async () => {
    const parts = await docxParts(buildDocx(sampleLetter()));
    expect(textOf(headerFooter(parts, 'header', 'first'))).toContain('OFFICE OF THE CITY ATTORNEY');
    expect(textOf(headerFooter(parts, 'header', 'default'))).not.toContain('OFFICE OF THE CITY ATTORNEY');
    expect(textOf(part(parts, 'word/document.xml'))).not.toContain('OFFICE OF THE CITY ATTORNEY');
  });

  it('heads later pages with the addressee, the date and "Page X of Y"', async () => {
    const continuation = headerFooter(await docxParts(buildDocx(sampleLetter())), 'header', 'default');
    expect(textOf(continuation)).toContain('Jane Q. Examiner');
    expect(textOf(continuation)).toContain('April 4, 2025');
    expect(continuation).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(continuation).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
  });

  it('numbers each page once: page 1 at its foot, later pages in their header only', async () => {
    const parts = await docxParts(buildDocx(sampleLetter()));
    const first = headerFooter(parts, 'footer', 'first');
    expect(first).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(first).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(textOf(first)).toMatch(/Page\s*of/);
    const later = headerFooter(parts, 'footer', 'default');
    expect(later).not.toContain('PAGE');
    expect(textOf(later)).toBe('');
  });

  it('marks every page DRAFT when required fields are missing, and only then', async () => {
    const draft = await docxParts(buildDocx(sampleLetter(), { markDraft: true }));
    for (const which of ['first', 'default'] as const) {
      expect(textOf(headerFooter(draft, 'header', which))).toContain('DRAFT \u2014 required fields missing');
    }
    const final = await docxParts(buildDocx(sampleLetter()));
    expect(textOf(headerFooter(final, 'header', 'first'))).not.toContain('DRAFT');
  });

  it('leaves later pages unheaded when the document is addressed to no one (an affidavit)', async () => {
    const model = sampleLetter();
    model.continuation = { addressee: '', date: ' ' };
    const continuation = headerFooter(await docxParts(buildDocx(model)), 'header', 'default');
    expect(textOf(continuation)).toBe('');
    expect(continuation).not.toContain('PAGE');
    // Its pages are numbered at the foot instead.
    expect(headerFooter(await docxParts(buildDocx(model)), 'footer', 'default')).toMatch(/NUMPAGES/);
  });
});
