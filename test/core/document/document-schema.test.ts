// Every draft is checked on open: what the converter makes passes, and a damaged draft is reported as one
// sentence naming the paragraph the attorney would look at.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkBlocks } from '../../../core/document/document-schema';

const dir = path.join(import.meta.dirname, 'fixtures');
const fixtures = readdirSync(dir).filter((name) => name.endsWith('.json'));

const text = (value: string) => ({ text: value });
const paragraph = (value: string) => ({ type: 'paragraph', children: [text(value)] });
const field = (props: object) => ({
  type: 'field',
  label: 'Requester',
  value: 'Ms. Smith',
  children: [text('')],
  ...props,
});
const opening = paragraph('The City searched for records responsive to the request.');
const matterUpdate = (children: unknown[]) => ({
  type: 'matter-update',
  id: 'update-1',
  proposed: [paragraph('The City found 14 records.')],
  children,
});

describe('checkBlocks accepts', () => {
  test('there are fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(5);
  });

  test.each(fixtures)('the converter fixture %s', (name) => {
    const json: unknown = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    // A fixture holds either the blocks or a whole document around them.
    const blocks = Array.isArray(json) ? json : (json as { children: unknown }).children;
    expect(checkBlocks(blocks)).toEqual({ ok: true, blocks });
  });

  test('a matter update offered for review, keeping the stored value itself', () => {
    const blocks = [opening, matterUpdate([paragraph('The City found 12 records.'), paragraph('More.')])];
    const result = checkBlocks(blocks);
    expect(result).toEqual({ ok: true, blocks });
    // Not zod's stripped copy: saving the draft again must not lose anything it held.
    expect(result.ok && result.blocks).toBe(blocks);
  });
});

const damaged: [string, unknown, string][] = [
  [
    'an unknown kind of block',
    [
      opening,
      paragraph('Second.'),
      { type: 'parapraph', children: [text('The City searched for records twice')] },
    ],
    'paragraph 3 ("The City searched for records…") is an element of unknown kind "parapraph"',
  ],
  ['a block without children', [opening, { type: 'paragraph' }], 'paragraph 2 has no "children"'],
  [
    'a text run without text',
    [opening, { type: 'paragraph', children: [text('Dear Ms. Smith,'), { bold: true }] }],
    'paragraph 2 ("Dear Ms. Smith,") has a text run with no text',
  ],
  [
    'heading level 4',
    [{ type: 'heading', level: 4, children: [text('Findings')] }],
    'paragraph 1 ("Findings") is a heading of level 4, but only levels 1, 2 and 3 exist',
  ],
  [
    'a field without a path',
    [opening, opening, { type: 'paragraph', children: [text('Dear '), field({})] }],
    'paragraph 3 ("Dear Ms. Smith") has a field with no "path"',
  ],
  [
    'a field with an empty path',
    [{ type: 'paragraph', children: [text('Dear '), field({ path: '' })] }],
    'paragraph 1 ("Dear Ms. Smith") has a field with an empty "path"',
  ],
  [
    'children that are not a list',
    [opening, { type: 'paragraph', children: 'Dear Ms. Smith' }],
    'paragraph 2 has "children" set to "Dear Ms. Smith", which is not a list',
  ],
  [
    'a matter update inside a matter update',
    [opening, matterUpdate([matterUpdate([paragraph('Nested.')])])],
    'paragraph 2 ("Nested."), your text, paragraph 1 is a matter update, which cannot go inside another matter update',
  ],
  ['a null draft', null, "the draft's text is not a list of paragraphs (found null)"],
  ['a null block', [opening, opening, null], 'block 3 is not a document element (found null)'],
  [
    'a damaged table cell',
    [
      {
        type: 'table',
        children: [
          {
            type: 'table-row',
            children: [{ type: 'table-cell', children: [{ type: 'paragraph', children: [{ text: 3 }] }] }],
          },
        ],
      },
    ],
    'paragraph 1, row 1, cell 1, paragraph 1 has a text run with "text" set to 3, which is not text',
  ],
  [
    'a nested list item with an unknown alignment',
    [
      {
        type: 'numbered-list',
        children: [
          { type: 'list-item', children: [paragraph('First')] },
          {
            type: 'list-item',
            children: [
              paragraph('Second'),
              {
                type: 'bulleted-list',
                children: [{ type: 'list-item', children: [{ ...paragraph('Sub'), align: 'middle' }] }],
              },
            ],
          },
        ],
      },
    ],
    'paragraph 1 ("First Second Sub"), item 2.1 has "align" set to "middle", which is not one of left, center, right, justify',
  ],
  [
    'a list item outside a list',
    [{ type: 'list-item', children: [paragraph('Orphan')] }],
    'paragraph 1 ("Orphan") is a list item, which cannot go directly in the draft',
  ],
  [
    'a paragraph inside a paragraph',
    [{ type: 'paragraph', children: [paragraph('Inner')] }],
    'paragraph 1 ("Inner") has a paragraph, which cannot go inside another paragraph',
  ],
  [
    'a damaged proposed passage',
    [
      {
        ...matterUpdate([paragraph('Mine.')]),
        proposed: [{ type: 'heading', level: 2, children: [{ text: 'x', bold: 'yes' }] }],
      },
    ],
    'paragraph 1 ("Mine."), the proposed text, paragraph 1 has a text run with "bold" set to "yes", which is not true or false',
  ],
];

describe('checkBlocks reports', () => {
  test.each(damaged)('%s', (_name, blocks, problem) => {
    expect(checkBlocks(blocks)).toEqual({ ok: false, problem });
  });
});
