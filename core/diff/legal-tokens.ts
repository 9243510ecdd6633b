// Splits text into diff tokens so that a compare never cuts a legal unit (an amount, a citation, a
// Bates number, a date) in half: "$5,000.00" -> "$5,500.00" must read as one amount replaced.

// Pieces are regex sources (compiled once, with the `u` flag) so each unit is named and testable.
const ALNUM = String.raw`[\p{L}\p{N}]`;
const NOT_ALNUM = String.raw`(?![\p{L}\p{N}])`;
// Subsection designators: (a), (1), (e-1).
const SUBSECTIONS = String.raw`(?:\(${ALNUM}+(?:-${ALNUM}+)*\))*`;
const SECTION_NUMBER = String.raw`\d+(?:[.:-]\d+)*${SUBSECTIONS}`;
// A range's far end may drop the shared prefix: §§ 552.101–.107.
const SECTION_RANGE = String.raw`${SECTION_NUMBER}(?:\s?[–—-]\s?\.?${SECTION_NUMBER})?`;
const SECTION_SIGN = String.raw`§§?\s*${SECTION_RANGE}`;
// An abbreviation chain such as "U.S.C." or "S.W." or "F. Supp.".
const ABBREVIATIONS = String.raw`(?:[A-Z]\p{L}*\.\s?)+`;

// Bluebook state abbreviations, so a code name is only recognised where one opens it: without the
// list, "the City. Tex. Penal Code § 1.07" would fuse "City." into the citation.
const STATE = String.raw`(?:(?:Ala|Ariz|Ark|Cal|Colo|Conn|Del|D\.C|Fla|Ga|Haw|Ill|Ind|Kan|Ky|La|Me|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.[HJMYCD]|Okla|Or|Pa|R\.I|S\.[CD]|Tenn|Tex|Vt|Va|Wash|W\. Va|Wis|Wyo)\.|Alaska|Idaho|Iowa|Ohio|Utah)`;
// Code name before the section sign: "Tex. Gov't Code", "Fla. Stat.", "N.Y. Pub. Off. Law".
const CODE_NAME = String.raw`${STATE}(?:\s+(?:[A-Z][\p{L}'’]*\.?|&))*?\s+(?:Code|Ann\.|Stat\.|Law)\s+`;

const CITATIONS = [
  // Tex. Gov't Code § 552.301(e-1)
  String.raw`${CODE_NAME}${SECTION_SIGN}`,
  // 42 U.S.C. § 1983
  String.raw`\d+\s+${ABBREVIATIONS}\s*${SECTION_SIGN}`,
  // 890 F.3d 164, 123 S.W.3d 45, 531 U.S. 98
  String.raw`\d+\s+${ABBREVIATIONS}(?:\d(?:d|th))?\s+\d+${NOT_ALNUM}`,
  // § 752.053(a)(1), §§ 552.101–.107
  SECTION_SIGN,
];

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

const DATES = [
  // March 12, 2025 / Mar. 12 / March 12th, 2025
  String.raw`${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?${NOT_ALNUM}`,
  // 12 March 2025
  String.raw`\d{1,2}\s+${MONTH}\s+\d{4}${NOT_ALNUM}`,
  // March 2025
  String.raw`${MONTH}\s+\d{4}${NOT_ALNUM}`,
  // 2025-03-12, 03/12/2025
  String.raw`\d{4}-\d{2}-\d{2}${NOT_ALNUM}`,
  String.raw`\d{1,2}/\d{1,2}/\d{2,4}${NOT_ALNUM}`,
];

const MAGNITUDE = String.raw`(?:\s+(?:thousand|million|billion|trillion)${NOT_ALNUM})?`;
// $5,000.00, $500, $1.2 million
const AMOUNT = String.raw`\$\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?${MAGNITUDE}`;

// CITY-AG-000123: capitals and hyphens, then digits. Its own rule so that a range written
// "DAL-AG-000001-DAL-AG-000004" still splits into one token per number.
const BATES = String.raw`[A-Z][A-Z-]*\d+${NOT_ALNUM}`;

// Initialisms written with periods: U.S., C.F.R.
const INITIALISM = String.raw`(?:[A-Z]\.){2,}`;

// A word, or a number, with the joins that belong inside it: City's, Gov't, third-party, 5,000,
// 552.101, 12.5%, 3(a), record(s). Separators between digits only join digits.
const WORD = String.raw`${ALNUM}+(?:(?:['’-]|(?<=\d)[.,:](?=\d))${ALNUM}+)*${SUBSECTIONS}%?`;

const WHITESPACE = String.raw`\s+`;
// Anything else (punctuation, symbols) is one code point per token.
const SINGLE = String.raw`[\s\S]`;

const TOKEN = new RegExp(
  [WHITESPACE, ...CITATIONS, ...DATES, AMOUNT, BATES, INITIALISM, WORD, SINGLE].join('|'),
  'uy',
);

/** Splits `text` into tokens whose concatenation is exactly `text`. */
export function legalTokens(text: string): string[] {
  const tokens: string[] = [];
  // A fresh copy keeps the sticky regex's lastIndex private to this call.
  const pattern = new RegExp(TOKEN);
  let at = 0;
  while (at < text.length) {
    pattern.lastIndex = at;
    // SINGLE matches any code point, so the fallback to one character is never taken.
    const token = pattern.exec(text)?.[0] || text.charAt(at);
    tokens.push(token);
    at += token.length;
  }
  return tokens;
}

/** True for a token that is only whitespace (a space run, a line break). */
export function isWhitespaceToken(token: string): boolean {
  return /^\s+$/u.test(token);
}
