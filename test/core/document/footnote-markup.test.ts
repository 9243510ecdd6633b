// Templates write footnotes in GFM syntax: the reference where the marker goes, the definition anywhere.
import { describe, expect, test } from 'vitest';
import { markupToBlocks } from '../../../core/document/from-markup';
import { fieldToken } from '../../../core/template/field-token';

const city = { path: 'respondent.city', label: 'City', value: 'City of Dallas', required: false };

describe('footnotes in templates', () => {
  test('a reference becomes a footnote holding its definition, and the definition is not printed', () => {
    const markup = [
      'The statute applies.[^statute] The City answers.[^2]',
      '',
      `[^statute]: Tex. Gov't Code *§ 752.053*, as the ${fieldToken(0)} reads it.`,
      '',
      '[^2]: Second note.',
    ].join('\n');
    expect(markupToBlocks(markup, [city])).toEqual([
      {
        type: 'paragraph',
        children: [
          { text: 'The statute applies.' },
          {
            type: 'footnote',
            children: [
              { text: "Tex. Gov't Code " },
              { text: '§ 752.053', italic: true },
              { text: ', as the ' },
              {
                type: 'field',
                path: 'respondent.city',
                label: 'City',
                value: 'City of Dallas',
                required: false,
                children: [{ text: '' }],
              },
              { text: ' reads it.' },
            ],
          },
          { text: ' The City answers.' },
          { type: 'footnote', children: [{ text: 'Second note.' }] },
          { text: '' },
        ],
      },
    ]);
  });

  test('work in letter parts, lists and tables, and a definition nobody refers to stays as text', () => {
    const markup = [
      '- Item one[^a]',
      '',
      '| Record | Note |',
      '|---|---|',
      '| Memo | See below[^a] |',
      '',
      '[^a]: Shared note.',
      '',
      '[^orphan]: Never referred to.',
    ].join('\n');
    const blocks = markupToBlocks(markup, []);
    const json = JSON.stringify(blocks);
    expect(json.match(/"type":"footnote"/g)).toHaveLength(2);
    expect(json).toContain('Never referred to.');
    expect(json).not.toContain('[^a]');
  });

  test('a reference in a note stays text (notes never nest), and its definition is kept as text', () => {
    const markup = ['Text.[^1]', '', '[^1]: One, see[^2].', '', '[^2]: Two.'].join('\n');
    const [paragraph, ...rest] = markupToBlocks(markup, []);
    expect(JSON.stringify(paragraph)).toContain('"One, see[2]."');
    expect(JSON.stringify(rest)).toContain('Two.');
  });
});
