// Fixture tests: each fixtures/<name>.md is converted and compared with fixtures/<name>.json.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { markupToBlocks } from '../../../core/document/from-markup';
import { tokenizeFixture } from './fixture-markup';

const dir = path.join(import.meta.dirname, 'fixtures');
const names = readdirSync(dir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -3));

describe('markupToBlocks fixtures', () => {
  test('there are fixtures', () => {
    expect(names.length).toBeGreaterThan(5);
  });

  test.each(names)('%s', (name) => {
    const { markup, fields } = tokenizeFixture(readFileSync(path.join(dir, `${name}.md`), 'utf8'));
    const expected: unknown = JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8'));
    expect(markupToBlocks(markup, fields)).toEqual(expected);
  });
});
