import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/docx/build-docx';
import { docxParts, part, textOf } from '../../support/docx-xml';
import { sampleLetter } from '../../support/sample-letter';

async function tableXml(): Promise<string> {
  const document = part(await docxParts(buildDocx(sampleLetter())), 'word/document.xml');
  const table = /<w:tbl>.*?<\/w:tbl>/s.exec(document)?.[0];
  if (!table) throw new Error('The sample letter exported no table.');
  return table;
}

describe('tables', () => {
  it('repeats the header row on every page: only the first row is marked tblHeader', async () => {
    const rows = (await tableXml()).match(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/gs) ?? [];
    expect(rows.length).toBe(15);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(textOf(rows[0]!)).toContain('Bates range');
    expect(rows.slice(1).some((row) => row.includes('<w:tblHeader/>'))).toBe(false);
  });

  it('uses the Table Grid style with borders, full text width and bold header cells', async () => {
    const table = await tableXml();
    expect(table).toContain('<w:tblStyle w:val="TableGrid"/>');
    expect(table).toMatch(/<w:tblBorders>.*<w:insideV w:val="single"/s);
    expect(table).toMatch(/<w:tblW w:type="dxa" w:w="9360"\/>|<w:tblW w:w="9360" w:type="dxa"\/>/);
    const headerRow = /<w:tr>.*?<\/w:tr>/s.exec(table)?.[0] ?? '';
    expect(headerRow).toContain('<w:b/>');
  });

  it('keeps cell alignment', async () => {
    const table = await tableXml();
    const pagesCell = /<w:tc>(?:(?!<\/w:tc>).)*?>10<\/w:t>.*?<\/w:tc>/s.exec(table)?.[0] ?? '';
    expect(pagesCell).toContain('<w:jc w:val="right"/>');
  });
});
