// Footnotes export as real Word footnotes: a reference mark in the text, the note in footnotes.xml.
import { describe, expect, it } from 'vitest';
import type { ContentBlock, DocumentModel, FootnoteNode } from '../../../core/document/model';
import { buildDocx } from '../../../core/docx/build-docx';
import { docxParts, paragraphWith, part, textOf } from '../../support/docx-xml';
import { field, p } from '../../support/sample-letter';

const note = (...children: FootnoteNode['children']): FootnoteNode => ({ type: 'footnote', children });

function letter(children: ContentBlock[]): DocumentModel {
  return { title: 'T', subject: 'S', author: 'A', continuation: { addressee: '', date: '' }, children };
}

/** The notes of footnotes.xml that hold text (Word's separators have none), as id -> text. */
function notesOf(xml: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const match of xml.matchAll(/<w:footnote (?:[^>]*?)w:id="(-?\d+)"[^>]*>(.*?)<\/w:footnote>/gs)) {
    const text = textOf(match[2]!);
    if (text !== '') notes.set(match[1]!, text);
  }
  return notes;
}

describe('footnotes', () => {
  it('put a reference mark where the note stands and the note in footnotes.xml, in reading order', async () => {
    const parts = await docxParts(
      buildDocx(
        letter([
          p('The statute applies.', note({ text: 'Tex. Gov’t Code § 752.053.' }), ' The City answers.'),
          {
            type: 'table',
            children: [
              {
                type: 'table-row',
                header: true,
                children: [{ type: 'table-cell', children: [p('Record', note({ text: 'As produced.' }))] }],
              },
            ],
          },
          p(
            'Signed for ',
            field('respondent.city', 'City', 'City of Dallas'),
            '.',
            note({ text: 'By ' }, field('respondent.city', 'City', 'City of Dallas'), { text: '.' }),
          ),
        ]),
      ),
    );
    const document = part(parts, 'word/document.xml');
    const ids = [...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(3);
    const notes = notesOf(part(parts, 'word/footnotes.xml'));
    expect(ids.map((id) => notes.get(id))).toEqual([
      'Tex. Gov’t Code § 752.053.',
      'As produced.',
      'By City of Dallas.',
    ]);
    // The mark sits between the sentences, in Word's superscript reference style; the note's text is not in the line.
    const paragraph = paragraphWith(document, 'The statute applies.');
    expect(textOf(paragraph)).toBe('The statute applies. The City answers.');
    expect(paragraph).toMatch(
      /applies\.<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference/,
    );
    expect(part(parts, 'word/footnotes.xml')).toContain('<w:pStyle w:val="FootnoteText"/>');
    expect(part(parts, 'word/styles.xml')).toContain('w:styleId="FootnoteReference"');
  });
});
