import { describe, expect, test } from 'vitest';
import { markupToBlocks } from '../../../core/document/from-markup';
import type { BlockNode, FieldNode } from '../../../core/document/model';
import { fieldToken, type FieldValue } from '../../../core/template/field-token';
import { TemplateError } from '../../../core/template/template-error';

const field = (value: string): FieldValue => ({
  path: 'inquiry.reference',
  label: 'Reference number',
  value,
  required: true,
});

// A template shape where a value lands in a heading, a list, a table cell, a letter part and prose.
const template = [
  `# Inquiry ${fieldToken(0)}`,
  '',
  `Dear **${fieldToken(0)}**, the reference is ${fieldToken(0)}.`,
  '',
  `1. Request about ${fieldToken(0)}`,
  '',
  '| Item | Value |',
  '|---|---|',
  `| Ref | ${fieldToken(0)} |`,
  '',
  ':::re-line',
  `Re: ${fieldToken(0)}`,
  ':::',
].join('\n');

// Replaces every field node's value so two documents can be compared by structure alone.
const withoutValues = (blocks: BlockNode[]): unknown =>
  JSON.parse(JSON.stringify(blocks), (key, value: unknown) => (key === 'value' ? '*' : value));

const fieldValues = (blocks: BlockNode[]): string[] => {
  const found: string[] = [];
  JSON.parse(JSON.stringify(blocks), (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && (value as FieldNode).type === 'field') {
      found.push((value as FieldNode).value);
    }
    return value;
  });
  return found;
};

describe('matter values are data, never markup', () => {
  const plain = markupToBlocks(template, [field('AG-2025-17')]);

  test.each([
    ['asterisks', '*not italic* **not bold**'],
    ['hashes', '# not a heading'],
    ['html', '<b>not bold</b> & <br> &amp;'],
    ['newlines', 'line one\nline two\n\n- not a list'],
    ['handlebars', '{{inquiry.reference}} {{> letterhead}}'],
    ['directives', ':::letterhead\n::page-break\n:u[x]'],
    ['table pipes', '| a | b |\n|---|---|'],
    ['emoji', '📄 Records 👩‍⚖️'],
    ['right-to-left', 'مدينة دالاس שלום'],
    ['quotes and tabs', '"quoted" \'single\'\tafter tab'],
  ])('%s stay literal and leave the structure unchanged', (_name, value) => {
    const blocks = markupToBlocks(template, [field(value)]);
    expect(withoutValues(blocks)).toEqual(withoutValues(plain));
    expect(fieldValues(blocks)).toEqual(Array(6).fill(value));
  });
});

describe('fields carry their surroundings', () => {
  test('a field records its path, label, format and the marks around it', () => {
    const blocks = markupToBlocks(`*Due ${fieldToken(0)}*`, [
      {
        path: 'inquiry.deadline',
        label: 'Deadline',
        value: 'March 7, 2025',
        format: 'legalDate',
        required: false,
      },
    ]);
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        children: [
          { text: 'Due ', italic: true },
          {
            type: 'field',
            path: 'inquiry.deadline',
            label: 'Deadline',
            value: 'March 7, 2025',
            format: 'legalDate',
            required: false,
            italic: true,
            children: [{ text: '' }],
          },
          { text: '' },
        ],
      },
    ]);
  });
});

describe('template mistakes', () => {
  const errorOf = (markup: string): TemplateError => {
    try {
      markupToBlocks(markup, []);
    } catch (error) {
      if (error instanceof TemplateError) return error;
      throw error;
    }
    throw new Error('expected a TemplateError');
  };

  test('an unknown container directive names itself and its line', () => {
    const error = errorOf('Intro.\n\n:::sigature-block\nName\n:::\n');
    expect(error.message).toContain(':::sigature-block');
    expect(error.message).toContain(':::signature-block');
    expect([error.line, error.column]).toEqual([3, 1]);
  });

  test('an unknown one-line directive names itself and its line', () => {
    const error = errorOf('Intro.\n\n::pagebreak\n');
    expect(error.message).toContain('::pagebreak');
    expect(error.line).toBe(3);
  });

  test('an unknown inline directive with a label is an error', () => {
    const error = errorOf('Some :underline[text] here.');
    expect(error.message).toContain(':underline');
    expect([error.line, error.column]).toEqual([1, 6]);
  });

  test('colons in prose are not directives', () => {
    expect(markupToBlocks('At 10:30 a.m. Re:Dallas', [])).toEqual([
      { type: 'paragraph', children: [{ text: 'At 10:30 a.m. Re:Dallas' }] },
    ]);
  });
});

test('an empty quote still holds a paragraph, as the editor needs', () => {
  expect(markupToBlocks('>\n\n> ![seal](seal.png)', [])).toEqual([
    { type: 'block-quote', children: [{ type: 'paragraph', children: [{ text: '' }] }] },
    { type: 'block-quote', children: [{ type: 'paragraph', children: [{ text: '' }] }] },
  ]);
});

test('empty markup gives no blocks', () => {
  expect(markupToBlocks('', [])).toEqual([]);
  expect(markupToBlocks('\n\n---\n', [])).toEqual([]);
});
