import { describe, expect, it } from 'vitest';
import type { BlockNode, FieldNode } from '../../../core/document/model';
import { newMatter } from '../../../core/matter/new-matter';
import { applyFormat, parseFormat } from '../../../core/template/field-format';
import { missingRequiredFields, refreshFields } from '../../../core/template/refresh-fields';

const field = (path: string, value: string, format?: string, required = false): FieldNode => ({
  type: 'field',
  path,
  label: path,
  value,
  ...(format ? { format } : {}),
  required,
  children: [{ text: '' }],
});

const blocks = (): BlockNode[] => [
  {
    type: 'paragraph',
    children: [
      { text: 'Dated ' },
      field('inquiry.letterDate', 'March 7, 2025', 'legalDate', true),
      { text: '.' },
    ],
  },
  {
    type: 'numbered-list',
    children: [
      {
        type: 'list-item',
        children: [
          { type: 'paragraph', children: [field('inquiry.requests.0.text', 'old', undefined, true)] },
        ],
      },
    ],
  },
  {
    type: 'paragraph',
    children: [
      { text: 'Due ' },
      field('inquiry.letterDate', 'March 21, 2025', 'businessDaysAfter 10 | upper'),
    ],
  },
];

describe('refreshFields', () => {
  it('re-applies each field format to the new matter value and keeps everything else', () => {
    const matter = newMatter();
    matter.inquiry.letterDate = '2025-12-23';
    matter.inquiry.requests[0]!.text = 'New *text*\u0000';
    const next = refreshFields(blocks(), matter);
    expect(JSON.stringify(next)).toBe(
      JSON.stringify(blocks())
        .replace('"March 7, 2025"', '"December 23, 2025"')
        .replace('"old"', '"New *text*"')
        .replace('"March 21, 2025"', '"JANUARY 12, 2026"'),
    );
  });

  it('returns the same blocks when nothing changed (cheap for the editor)', () => {
    const matter = newMatter();
    matter.inquiry.letterDate = '2025-03-07';
    matter.inquiry.requests[0]!.text = 'old';
    const original = blocks();
    original[2] = { type: 'paragraph', children: [] };
    expect(refreshFields(original, matter)).toBe(original);
  });

  it('empties a field whose list item is gone', () => {
    const matter = newMatter();
    matter.inquiry.requests = [];
    const next = refreshFields(blocks(), matter);
    expect(missingRequiredFields(next)).toEqual([
      { path: 'inquiry.letterDate', label: 'inquiry.letterDate' },
      { path: 'inquiry.requests.0.text', label: 'inquiry.requests.0.text' },
    ]);
  });
});

describe('format chains', () => {
  it.each([
    [undefined, '2025-03-07', '2025-03-07'],
    ['legalDate', '2025-03-07', 'March 7, 2025'],
    ['joinList "or" "name"', [{ name: 'A' }, { name: 'B' }], 'A or B'],
    ['default "[none]"', '', '[none]'],
    ['legalDate | upper', '2025-03-07', 'MARCH 7, 2025'],
    ['noSuchHelper', 'x', 'x'],
    [undefined, true, 'Yes'],
  ])('%s applied to %j -> %s', (format, raw, expected) => {
    expect(applyFormat(format, raw)).toBe(expected);
  });

  it('parses arguments with spaces and pipes inside strings', () => {
    expect(parseFormat('default "a | b c" | upper')).toEqual([
      { helper: 'default', args: ['a | b c'] },
      { helper: 'upper', args: [] },
    ]);
  });
});
