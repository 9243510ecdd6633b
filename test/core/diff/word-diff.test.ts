// The compare view's diff: legal units replaced whole, runs grouped, both texts recoverable.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffStats, wordDiff, type DiffPart } from '../../../core/diff/word-diff';
import { legalTokens } from '../../../core/diff/legal-tokens';

const same = (text: string): DiffPart => ({ kind: 'same', text });
const del = (text: string): DiffPart => ({ kind: 'delete', text });
const ins = (text: string): DiffPart => ({ kind: 'insert', text });

const side = (parts: DiffPart[], kind: 'insert' | 'delete') =>
  parts
    .filter((p) => p.kind !== (kind === 'insert' ? 'delete' : 'insert'))
    .map((p) => p.text)
    .join('');

describe('wordDiff', () => {
  it.each([
    [
      'a number and a date in one sentence',
      'The City will produce 3 records by March 12, 2025.',
      'The City will produce 4 records by March 20, 2025.',
      [
        same('The City will produce '),
        del('3'),
        ins('4'),
        same(' records by '),
        del('March 12, 2025'),
        ins('March 20, 2025'),
        same('.'),
      ],
    ],
    [
      'an amount',
      'The fee is $5,000.00 per request.',
      'The fee is $5,500.00 per request.',
      [same('The fee is '), del('$5,000.00'), ins('$5,500.00'), same(' per request.')],
    ],
    [
      'a citation',
      'Excepted under § 752.053(a)(1) of the Code.',
      'Excepted under § 752.053(a)(2) of the Code.',
      [same('Excepted under '), del('§ 752.053(a)(1)'), ins('§ 752.053(a)(2)'), same(' of the Code.')],
    ],
    [
      'a Bates number',
      'See CITY-AG-000123 for the memo.',
      'See CITY-AG-000124 for the memo.',
      [same('See '), del('CITY-AG-000123'), ins('CITY-AG-000124'), same(' for the memo.')],
    ],
    [
      'a run of words, as one deletion then one insertion',
      'The City will withhold all responsive records today.',
      'The City will release some documents today.',
      [
        same('The City will '),
        del('withhold all responsive records'),
        ins('release some documents'),
        same(' today.'),
      ],
    ],
    [
      'an insertion only',
      'The City will produce records.',
      'The City will produce all responsive records.',
      [same('The City will produce '), ins('all responsive '), same('records.')],
    ],
    [
      'changes on two lines, kept apart at the line break',
      'one two\nthree four',
      'one 2\n3 four',
      [same('one '), del('two'), ins('2'), same('\n'), del('three'), ins('3'), same(' four')],
    ],
    ['identical texts', 'No change at all.', 'No change at all.', [same('No change at all.')]],
    ['both empty', '', '', []],
    ['empty before', '', 'New text.', [ins('New text.')]],
    ['empty after', 'Old text.', '', [del('Old text.')]],
  ])('%s', (_name, before, after, expected) => {
    expect(wordDiff(before, after)).toEqual(expected);
  });
});

// Texts built from shared pieces, so before and after have something in common to align.
const fragments = ['The', 'City', "City's", 'records', '$5,000.00', '§ 552.101(a)', 'March 12, 2025'];
const separators = [' ', ' ', ' ', '\n', ', ', '. ', '  '];
const legalText = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 3 })),
      fc.constantFrom(...separators),
    ),
    { maxLength: 12 },
  )
  .map((pairs) => pairs.flat().join(''));

// Offsets at which a text's parts start; each must fall on a token boundary of that text.
function cutsAreTokenBoundaries(text: string, pieces: string[]): boolean {
  const boundaries = new Set<number>([0]);
  let at = 0;
  for (const token of legalTokens(text)) boundaries.add((at += token.length));
  let offset = 0;
  return pieces.every((piece) => boundaries.has((offset += piece.length)));
}

describe('wordDiff properties', () => {
  it('recovers both texts, never cuts a legal unit, and puts each deletion before its insertion', () => {
    fc.assert(
      fc.property(legalText, legalText, (before, after) => {
        const parts = wordDiff(before, after);
        expect(side(parts, 'delete')).toBe(before);
        expect(side(parts, 'insert')).toBe(after);
        for (const [i, part] of parts.entries()) {
          expect(part.text).not.toBe('');
          const previous = parts[i - 1]?.kind;
          expect(part.kind).not.toBe(previous);
          if (part.kind === 'delete') expect(previous).not.toBe('insert');
        }
        const beforeParts = parts.filter((p) => p.kind !== 'insert').map((p) => p.text);
        const afterParts = parts.filter((p) => p.kind !== 'delete').map((p) => p.text);
        expect(cutsAreTokenBoundaries(before, beforeParts)).toBe(true);
        expect(cutsAreTokenBoundaries(after, afterParts)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a rewritten sentence', () => {
  it('reads as one replacement, not a salad of words kept here and there', () => {
    expect(
      wordDiff(
        "The City's review of records responsive to this request is continuing, and it will supplement this response.",
        'The City is withholding the responsive records it located.',
      ),
    ).toEqual([
      { kind: 'same', text: 'The ' },
      {
        kind: 'delete',
        text: "City's review of records responsive to this request is continuing, and it will supplement this response",
      },
      { kind: 'insert', text: 'City is withholding the responsive records it located' },
      { kind: 'same', text: '.' },
    ]);
  });
});

describe('diffStats', () => {
  it('counts changed words, not spaces', () => {
    const parts = wordDiff(
      'The City will withhold all responsive records on March 12, 2025.',
      'The City will release some documents on March 20, 2025.',
    );
    expect(diffStats(parts)).toEqual({ inserted: 4, deleted: 5 });
  });

  it('counts nothing for identical texts', () => {
    expect(diffStats(wordDiff('Same text.', 'Same text.'))).toEqual({ inserted: 0, deleted: 0 });
  });
});
