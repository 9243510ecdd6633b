// The pool keeps each passage once: versions that share paragraphs share their storage, and what is read back
// is exactly what was stored. A damaged entry is named, never read as something else.
import { describe, expect, it } from 'vitest';
import {
  PoolError,
  PoolWriter,
  decodeRefs,
  encodeRefs,
  readPooled,
} from '../../../core/versions/content-pool';
import { sentenceParagraph, twentyPageLetter } from './version-fixtures';

const sizeOf = (pool: readonly string[]) => pool.reduce((sum, entry) => sum + entry.length, 0);

describe('the version pool', () => {
  it.each([
    [[0, 1, 2, 3, 9, 5, 6], '0-3,9,5-6'],
    [[4], '4'],
    [[], ''],
  ])('writes runs of references as ranges: %j', (refs, text) => {
    expect(encodeRefs(refs)).toBe(text);
    expect(decodeRefs(text)).toEqual(refs);
  });

  it('reads back exactly what was stored, large or small', () => {
    const writer = new PoolWriter([]);
    const letter = { title: 'Response', letter: { date: '2025-03-12' }, body: twentyPageLetter() };
    const small = { text: 'short', bold: true };
    const refs = [writer.put(letter), writer.put(small), writer.put('plain'), writer.put(null)];
    expect(refs.map((ref) => readPooled(writer.entries, ref))).toEqual([letter, small, 'plain', null]);
  });

  it('stores an unchanged paragraph once across versions', () => {
    const writer = new PoolWriter([]);
    const first = twentyPageLetter();
    writer.put({ body: first });
    const before = sizeOf(writer.entries);
    const second = [...first];
    second[40] = sentenceParagraph(40, 3);
    writer.put({ body: second });
    const added = sizeOf(writer.entries) - before;
    // One paragraph (about 500 characters) and a list of references written as ranges.
    expect(added).toBeLessThan(1000);
    expect(writer.put({ body: second })).toBe(writer.entries.length - 1);
  });

  it('names an entry that refers forward or does not exist, and one that is not JSON', () => {
    expect(() => readPooled(['a1', 'v"x"'], 0)).toThrow(PoolError);
    expect(() => readPooled(['a1', 'v"x"'], 0)).toThrow(/entry 0 refers to 1, which is not an earlier entry/);
    expect(() => readPooled(['v{broken'], 0)).toThrow(/entry 0 is not readable JSON/);
    expect(() => readPooled([], 3)).toThrow(/entry 3 does not exist/);
    expect(() => readPooled(['x1'], 0)).toThrow(/entry 0 is of no known kind/);
  });
});
