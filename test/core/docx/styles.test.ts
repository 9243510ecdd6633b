import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/docx/build-docx';
import { docxParts, paragraphWith, part } from '../../support/docx-xml';
import { sampleLetter } from '../../support/sample-letter';

const styleIds = (styles: string) =>
  [...styles.matchAll(/<w:style [^>]*w:styleId="([^"]+)"/g)].map((match) => match[1]);

describe('Word-native styles', () => {
  it("defines Word's own style ids and names, so an office's Word styles take over", async () => {
    const styles = part(await docxParts(buildDocx(sampleLetter())), 'word/styles.xml');
    const ids = styleIds(styles);
    for (const id of [
      'Normal',
      'Title',
      'Heading1',
      'Heading2',
      'Heading3',
      'Quote',
      'ListNumber',
      'ListBullet',
      'TableGrid',
    ]) {
      expect(ids, `style ${id}`).toContain(id);
    }
    expect(new Set(ids).size, 'each style id is defined once').toBe(ids.length);
    expect(styles).toContain('<w:name w:val="heading 1"/>');
    expect(styles).toContain('<w:name w:val="List Number"/>');
    expect(styles).toContain('<w:name w:val="Table Grid"/>');
    expect(styles).toMatch(/w:styleId="Normal" w:default="1"/);
  });

  it('sets Times New Roman 12 by default, and the font and size an office chooses otherwise', async () => {
    const plain = part(await docxParts(buildDocx(sampleLetter())), 'word/styles.xml');
    expect(plain).toMatch(
      /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*\/><w:sz w:val="24"\/>/,
    );
    const custom = part(
      await docxParts(buildDocx(sampleLetter(), { font: 'Book Antiqua', fontSizePt: 11 })),
      'word/styles.xml',
    );
    expect(custom).toMatch(
      /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Book Antiqua"[^>]*\/><w:sz w:val="22"\/>/,
    );
  });

  it('gives headings, quotes and lists their styles in the body', async () => {
    const document = part(await docxParts(buildDocx(sampleLetter())), 'word/document.xml');
    expect(paragraphWith(document, 'The City\u2019s Position')).toContain('<w:pStyle w:val="Heading1"/>');
    expect(paragraphWith(document, 'Answers to the Numbered Requests')).toContain(
      '<w:pStyle w:val="Heading2"/>',
    );
    expect(paragraphWith(document, 'Officers shall not inquire')).toContain('<w:pStyle w:val="Quote"/>');
    expect(paragraphWith(document, 'All written policies')).toContain('<w:pStyle w:val="ListNumber"/>');
    expect(paragraphWith(document, 'Jail records')).toContain('<w:pStyle w:val="ListBullet"/>');
  });

  it('indents block quotes from both margins', async () => {
    const styles = part(await docxParts(buildDocx(sampleLetter())), 'word/styles.xml');
    const quote = /<w:style [^>]*w:styleId="Quote".*?<\/w:style>/s.exec(styles)?.[0] ?? '';
    expect(quote).toMatch(/<w:ind [^>]*w:left="720"/);
    expect(quote).toMatch(/<w:ind [^>]*w:right="720"/);
  });
});
