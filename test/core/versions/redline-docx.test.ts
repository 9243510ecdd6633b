// The redline DOCX holds real Word tracked changes: w:ins and w:del with the author and date, formatting
// changes as w:rPrChange, one id counter across the document; accepting every change gives the later version
// and rejecting every change the earlier one.
import { describe, expect, it } from 'vitest';
import type { BlockNode } from '../../../core/document/model';
import { buildRedlineDocx } from '../../../core/docx/redline-docx';
import { docxParts, paragraphsOf, part } from '../../support/docx-xml';
import { p } from './version-fixtures';

const before: BlockNode[] = [
  { type: 'heading', level: 1, children: [{ text: 'Response to Request 1' }] },
  p('The City will pay $5,000.00 for copies by March 12, 2025.'),
  p('The custodian searched the shared drives.'),
  p('This paragraph is removed.'),
  p('The City objects to the request.'),
];
const after: BlockNode[] = [
  { type: 'heading', level: 1, children: [{ text: 'Response to Request 1' }] },
  p('The City will pay $5,500.00 for copies by March 14, 2025.'),
  p('The custodian searched the shared drives and email.'),
  p('The City ', { text: 'objects', bold: true }, ' to the request.'),
];

async function redlineXml(): Promise<string> {
  const { document } = buildRedlineDocx(
    {
      title: 'Response',
      subject: 'AG inquiry',
      author: 'Pat Example',
      before,
      after,
      description: 'Redline',
    },
    { author: 'jdoe', date: '2025-03-14T09:30:00.000Z' },
  );
  return part(await docxParts(document), 'word/document.xml');
}

/** The paragraphs Word shows after Accept All (deleted text and paragraphs gone) or Reject All (inserted). */
function accepted(xml: string, choice: 'accept' | 'reject'): string[] {
  const gone = choice === 'accept' ? 'del' : 'ins';
  return paragraphsOf(xml)
    .filter(
      (paragraph) => !new RegExp(`<w:pPr>.*<w:rPr><w:${gone} [^>]*/></w:rPr></w:pPr>`, 's').test(paragraph),
    )
    .map((paragraph) => {
      const kept = paragraph.replace(new RegExp(`<w:${gone} [^>]*>.*?</w:${gone}>`, 'gs'), '');
      return [...kept.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)]
        .map((m) => m[1])
        .join('');
    });
}

describe('a redline DOCX', () => {
  it('marks insertions and deletions with the author and date', async () => {
    const xml = await redlineXml();
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="jdoe" w:date="2025-03-14T09:30:00Z">/);
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="jdoe" w:date="2025-03-14T09:30:00Z">/);
    expect(xml).toContain('<w:delText xml:space="preserve">$5,000.00</w:delText>');
    expect(xml).toMatch(/<w:delText[^>]*>This paragraph is removed\.<\/w:delText>/);
    // The deleted paragraph's own mark is deleted too, so Accept All leaves no empty paragraph behind.
    expect(paragraphsOf(xml).find((paragraph) => paragraph.includes('This paragraph is removed.'))).toMatch(
      /<w:pPr><w:rPr><w:del w:id="\d+" w:author="jdoe" w:date="2025-03-14T09:30:00Z"\/><\/w:rPr><\/w:pPr>/,
    );
  });

  it('keeps the earlier formatting of a word made bold as w:rPrChange', async () => {
    const xml = await redlineXml();
    expect(xml).toMatch(
      /<w:rPr><w:b\/><w:bCs\/><w:rPrChange w:id="\d+" w:author="jdoe" w:date="2025-03-14T09:30:00Z"><w:rPr><w:b w:val="false"\/><w:bCs w:val="false"\/><w:i w:val="false"\/><w:iCs w:val="false"\/><\/w:rPr><\/w:rPrChange><\/w:rPr><w:t[^>]*>objects<\/w:t>/,
    );
  });

  it('numbers every change once, from one counter', async () => {
    const ids = [...(await redlineXml()).matchAll(/<w:(?:ins|del|rPrChange) w:id="(\d+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(ids.length).toBeGreaterThanOrEqual(6);
    // Word needs each id once; the paragraph mark of the deleted paragraph takes the next number after the runs.
    expect([...ids].sort((a, b) => a - b)).toEqual(ids.map((_id, index) => index + 1));
  });

  it('gives the later version when every change is accepted and the earlier when every change is rejected', async () => {
    const xml = await redlineXml();
    expect(accepted(xml, 'accept')).toEqual([
      'Response to Request 1',
      'The City will pay $5,500.00 for copies by March 14, 2025.',
      'The custodian searched the shared drives and email.',
      'The City objects to the request.',
    ]);
    expect(accepted(xml, 'reject')).toEqual([
      'Response to Request 1',
      'The City will pay $5,000.00 for copies by March 12, 2025.',
      'The custodian searched the shared drives.',
      'This paragraph is removed.',
      'The City objects to the request.',
    ]);
  });
});
