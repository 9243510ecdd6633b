import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../core/document/model';
import { buildDocx } from '../../../core/docx/build-docx';
import { docxParts, paragraphWith, part } from '../../support/docx-xml';
import { list, p } from '../../support/sample-letter';

const model = (children: DocumentModel['children']): DocumentModel => ({
  title: 't',
  subject: 's',
  author: 'a',
  continuation: { addressee: 'x', date: 'y' },
  children,
});

const numIdOf = (paragraph: string) => /<w:numId w:val="(\d+)"\/>/.exec(paragraph)?.[1];
const levelOf = (paragraph: string) => /<w:ilvl w:val="(\d+)"\/>/.exec(paragraph)?.[1];

async function exported(children: DocumentModel['children']) {
  const parts = await docxParts(buildDocx(model(children)));
  return { document: part(parts, 'word/document.xml'), numbering: part(parts, 'word/numbering.xml') };
}

describe('list numbering', () => {
  it('starts every numbered list again at 1: each list has its own w:num with a start override of 1', async () => {
    const { document, numbering } = await exported([
      list('numbered-list', p('first list, one'), p('first list, two')),
      p('A paragraph between the lists.'),
      list('numbered-list', p('second list, one'), p('second list, two')),
    ]);
    const first = numIdOf(paragraphWith(document, 'first list, one'));
    const second = numIdOf(paragraphWith(document, 'second list, one'));
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(numIdOf(paragraphWith(document, 'first list, two'))).toBe(first);
    expect(second).not.toBe(first);
    for (const numId of [first, second]) {
      const num = new RegExp(`<w:num w:numId="${numId}">.*?</w:num>`, 's').exec(numbering)?.[0] ?? '';
      expect(num, `w:num ${numId}`).toMatch(
        /<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"\/><\/w:lvlOverride>/,
      );
    }
  });

  it('numbers nested levels a., i. and indents each level further', async () => {
    const { document, numbering } = await exported([
      list('numbered-list', [
        p('outer'),
        list('numbered-list', [p('middle'), list('numbered-list', p('inner'))]),
      ]),
    ]);
    expect(levelOf(paragraphWith(document, 'outer'))).toBe('0');
    expect(levelOf(paragraphWith(document, 'middle'))).toBe('1');
    expect(levelOf(paragraphWith(document, 'inner'))).toBe('2');
    expect(numbering).toMatch(
      /<w:lvl w:ilvl="1"[^>]*>.*?<w:numFmt w:val="lowerLetter"\/>.*?<w:lvlText w:val="%2."\/>/s,
    );
    expect(numbering).toMatch(
      /<w:lvl w:ilvl="2"[^>]*>.*?<w:numFmt w:val="lowerRoman"\/>.*?<w:lvlText w:val="%3."\/>/s,
    );
    const indents = [...numbering.matchAll(/<w:lvl w:ilvl="[012]"[^>]*>.*?<w:ind w:left="(\d+)"/gs)].map(
      (match) => Number(match[1]),
    );
    expect(indents.slice(0, 3)).toEqual([720, 1440, 2160]);
  });

  it('nests bullets inside numbered items with bullet formatting', async () => {
    const { document, numbering } = await exported([
      list('numbered-list', [p('item'), list('bulleted-list', p('point'))]),
    ]);
    const point = paragraphWith(document, 'point');
    expect(levelOf(point)).toBe('1');
    const num = new RegExp(`<w:num w:numId="${numIdOf(point)}">.*?<w:abstractNumId w:val="(\\d+)"`, 's').exec(
      numbering,
    );
    const abstract =
      new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${num?.[1]}".*?</w:abstractNum>`, 's').exec(
        numbering,
      )?.[0] ?? '';
    expect(abstract).toContain('<w:numFmt w:val="bullet"/>');
  });
});
