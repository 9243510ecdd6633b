// The plain-prose fast path must give exactly what the Markdown parser gives, for any markup.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convertMarkup } from '../../../core/document/markup/convert-markup';
import { fieldToken, type FieldValue } from '../../../core/template/field-token';
import { TemplateError } from '../../../core/template/template-error';
import { bigDocument } from '../../../bench/lib/big-document.mjs';
import { tokenizeFixture } from './fixture-markup';

const fields: FieldValue[] = [
  { path: 'respondent.city', label: 'City', value: 'Dallas *x* # <b>', required: true },
];

function outcome(markup: string, fastPath: boolean, fieldList: FieldValue[]): unknown {
  try {
    return convertMarkup(markup, fieldList, { fastPath });
  } catch (error) {
    if (error instanceof TemplateError)
      return { error: error.message, line: error.line, column: error.column };
    throw error;
  }
}

const expectSame = (markup: string, fieldList: FieldValue[] = fields) =>
  expect(outcome(markup, true, fieldList)).toEqual(outcome(markup, false, fieldList));

// Mostly prose (so the fast path is taken often), with everything that must push a run to the parser.
const PROSE = [
  'alpha',
  'Beta',
  '10:30',
  'Re:Dallas',
  '**bold**',
  '*it*',
  '**two words**',
  fieldToken(0),
  `**${fieldToken(0)}**`,
  '(paren)',
  '"q"',
  '§ 752.053',
  'end.',
  'é',
  'שלום',
  '*a*.',
  '(*a*)',
  'a-b',
  '#5',
];
const TRICKY = [
  '*',
  '**',
  '_x_',
  'snake_case',
  '`c`',
  '[l](u)',
  '![i](p)',
  '<b>',
  '&amp;',
  'www.x.com',
  'http://x.y',
  'a@b.co',
  '~~s~~',
  '~x~',
  '|',
  '{a}',
  ':u[x]',
  ':x[y]',
  '1.',
  '2)',
  '2025.',
  '-',
  '+',
  '>',
  '=',
  '\\',
  '*a*b',
  '**a*',
  '*a.*',
  '\t',
  '[^1]',
  '[a]: /u',
  '<!--',
  '```x```',
  '~~~',
  ':::',
];
const STRUCTURE = [
  '   ',
  ':::letterhead',
  ':::center',
  ':::',
  '::::right',
  '::::',
  ':::nope',
  '```',
  '~~~',
  '````',
  '    code',
  '- item',
  '* item',
  '1. item',
  '3) item',
  '> quote',
  '## Heading',
  '#### Deep',
  '# ',
  '| a | b |',
  '|---|---|',
  '::page-break',
  '::nope',
  '===',
  '---',
  '***',
  '<div>',
  '<pre>',
  '</pre>',
  '  - nested',
  '   ```',
  '- ```',
  '  indented',
  '[ref]: http://x.y',
  'text  ',
  'text\t',
  '[^n]: note',
  '- :::center',
  '1. alpha',
  '2. Beta **bold**',
  '1) alpha',
  '- alpha',
  '* alpha',
  '+ alpha',
  '-  two spaces',
  '1.  two',
  '| a | b |',
  '|:-|-:|',
  '| :-: | --- |',
  '|---|---|',
  '| 1 | **2** |',
  '| x |',
  '|---|',
  '| a | b',
  '|a|b|c|',
  '| | |',
  '| *x* | y |',
];

const word = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 1, arbitrary: fc.constantFrom(...TRICKY) },
);
const line = fc.oneof(
  { weight: 6, arbitrary: fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')) },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.constantFrom(...STRUCTURE) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(' ', '  ', '    ', '- ', '> ', '## ', '1. ', '2) ', '* ', '| '), word)
      .map(([prefix, text]) => prefix + text),
  },
);

describe('fast path equals the Markdown parser', () => {
  test('on random markup', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        expectSame(lines.join('\n'));
      }),
      { numRuns: 2000 },
    );
  });

  test('on every fixture', () => {
    const dir = path.join(import.meta.dirname, 'fixtures');
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.md'))) {
      const { markup, fields: fixtureFields } = tokenizeFixture(readFileSync(path.join(dir, name), 'utf8'));
      expectSame(markup, fixtureFields);
    }
  });

  test('on the 300-page benchmark document', () => {
    expectSame(bigDocument().markdown);
  });
});
