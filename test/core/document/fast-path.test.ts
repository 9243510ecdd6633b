// The plain-prose fast path must give exactly what the Markdown parser gives, for any markup.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convertMarkup } from '../../../core/document/markup/convert-markup';
import type { FieldValue } from '../../../core/template/field-token';
import { TemplateError } from '../../../core/template/template-error';
import { bigDocument } from '../../../bench/lib/big-document.mjs';
import { tokenizeFixture } from './fixture-markup';
import { randomMarkup } from './random-markup';

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

describe('fast path equals the Markdown parser', () => {
  test('on random markup', () => {
    fc.assert(
      fc.property(randomMarkup, (markup) => {
        expectSame(markup);
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
