import { describe, expect, it } from 'vitest';
import type { BlockNode } from '../../../core/document/model';
import { countWords } from '../../../core/document/word-count';

const p = (...children: unknown[]) => ({ type: 'paragraph', children }) as BlockNode;

describe('word count', () => {
  it('counts words between spaces across formatting, chips, references, notes, lists and tables', () => {
    const blocks: BlockNode[] = [
      p({ text: 'The ' }, { text: 'City', bold: true }, { text: "'s answer, § 752.053." }),
      p(
        { text: 'Signed for ' },
        {
          type: 'field',
          path: 'respondent.city',
          label: 'City',
          value: 'City of Dallas',
          children: [{ text: '' }],
        },
        { text: '; see ' },
        { type: 'exhibit-ref', exhibitId: 'r1', label: 'B', children: [{ text: '' }] },
        { text: '.' },
        { type: 'footnote', children: [{ text: 'Two words' }] },
        { text: '' },
      ),
      {
        type: 'numbered-list',
        children: [
          { type: 'list-item', children: [{ type: 'paragraph', children: [{ text: 'one item' }] }] },
        ],
      },
      {
        type: 'table',
        children: [
          {
            type: 'table-row',
            children: [
              { type: 'table-cell', children: [{ type: 'paragraph', children: [{ text: 'Cell text' }] }] },
            ],
          },
        ],
      },
    ];
    // 5 + ("Signed for" 2, "City of Dallas" 3, "; see" 1, "Exhibit B." 2) + the note's 2 + 2 + 2
    expect(countWords(blocks)).toBe(5 + 8 + 2 + 2 + 2);
  });

  it('counts an empty draft as none, and an empty field by its placeholder', () => {
    expect(countWords([p({ text: '' })])).toBe(0);
    expect(
      countWords([
        p(
          { text: '' },
          { type: 'field', path: 'x', label: 'Agency name', value: '', children: [{ text: '' }] },
          { text: '' },
        ),
      ]),
    ).toBe(2);
  });
});
