// Tokens for the compare view: a legal unit is one token, and the tokens give back the text exactly.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isWhitespaceToken, legalTokens } from '../../../core/diff/legal-tokens';

// Pieces of AG-letter prose, so random texts put the legal patterns next to each other.
const legalFragments = [
  'The',
  "City's",
  'records',
  'Request No. 3(a)',
  '$5,000.00',
  '$1.2 million',
  '12.5%',
  '§ 752.053(a)(1)',
  '§§ 552.101–.107',
  "Tex. Gov't Code § 552.301(e-1)",
  '42 U.S.C. § 1983',
  '890 F.3d 164',
  'CITY-AG-000123',
  'DAL-AG-000001 – DAL-AG-000004',
  'March 12, 2025',
  '2025-03-12',
  '03/12/2025',
  'third-party',
  '.',
  ',',
  '(',
  ')',
  '§',
  '$',
  ' ',
  '  ',
  '\n',
  '\t',
];

const legalText = fc
  .array(fc.oneof(fc.constantFrom(...legalFragments), fc.string({ maxLength: 4 })), { maxLength: 30 })
  .map((pieces) => pieces.join(''));

describe('legal units stay whole', () => {
  it.each([
    ['amount with cents', 'The fee is $5,000.00 per request.', '$5,000.00'],
    ['amount in millions', 'A budget of $1.2 million, as stated.', '$1.2 million'],
    ['amount with commas', 'About 5,000 pages were found.', '5,000'],
    ['percentage', 'An increase of 12.5% over last year.', '12.5%'],
    ['section with subsections', 'Excepted under § 752.053(a)(1) of the Code.', '§ 752.053(a)(1)'],
    ['section range', 'See §§ 552.101–.107 generally.', '§§ 552.101–.107'],
    [
      'code citation',
      "Under Tex. Gov't Code § 552.301(e-1), the City asks.",
      "Tex. Gov't Code § 552.301(e-1)",
    ],
    ['federal statute', 'A claim under 42 U.S.C. § 1983 was filed.', '42 U.S.C. § 1983'],
    ['reporter citation', 'As held in 890 F.3d 164, 170 (5th Cir. 2018).', '890 F.3d 164'],
    ['Bates number', 'Produced as CITY-AG-000123.', 'CITY-AG-000123'],
    ['written date', 'Received on March 12, 2025, by mail.', 'March 12, 2025'],
    ['ISO date', 'Received on 2025-03-12 by mail.', '2025-03-12'],
    ['US date', 'Received on 03/12/2025 by mail.', '03/12/2025'],
    ['request number', 'Responsive to Request No. 3(a) only.', '3(a)'],
    ['possessive', "The City's position.", "City's"],
    ['contraction', "The Gov't Code.", "Gov't"],
    ['hyphenated word', 'Third-party information is withheld.', 'Third-party'],
  ])('%s', (_name, text, unit) => {
    expect(legalTokens(text)).toContain(unit);
  });

  it('splits a Bates range into one token per number', () => {
    const tokens = legalTokens('Pages DAL-AG-000001 – DAL-AG-000004 and DAL-AG-000005-DAL-AG-000006.');
    for (const bates of ['DAL-AG-000001', 'DAL-AG-000004', 'DAL-AG-000005', 'DAL-AG-000006']) {
      expect(tokens).toContain(bates);
    }
  });

  it('does not fuse the end of a sentence into a following code citation', () => {
    const tokens = legalTokens('Ask the City. Tex. Penal Code § 1.07 applies.');
    expect(tokens).toContain('City');
    expect(tokens).toContain('Tex. Penal Code § 1.07');
  });
});

describe('token boundaries', () => {
  it('gives whitespace runs and punctuation their own tokens', () => {
    expect(legalTokens("The City's reply,  dated March 12, 2025, cites § 552.101.")).toEqual([
      'The',
      ' ',
      "City's",
      ' ',
      'reply',
      ',',
      '  ',
      'dated',
      ' ',
      'March 12, 2025',
      ',',
      ' ',
      'cites',
      ' ',
      '§ 552.101',
      '.',
    ]);
  });

  it('gives no tokens for empty text', () => {
    expect(legalTokens('')).toEqual([]);
  });

  it('joins back to the original text (any Unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(legalTokens(text).join('')).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('joins back to the original legal text, with no empty token and whitespace kept apart', () => {
    fc.assert(
      fc.property(legalText, (text) => {
        const tokens = legalTokens(text);
        expect(tokens.join('')).toBe(text);
        for (const token of tokens) {
          expect(token).not.toBe('');
          // A token is either all whitespace or starts with a non-space character.
          if (!isWhitespaceToken(token)) expect(token).toMatch(/^\S/u);
        }
      }),
      { numRuns: 200 },
    );
  });
});
