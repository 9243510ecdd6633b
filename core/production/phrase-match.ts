// Finds a redacted phrase in text the way a reader would: ignoring case, treating any run of spaces and line
// breaks as one space, and curly quotes and dashes as their plain forms. Used to place redaction boxes and to
// check afterwards that no occurrence is left.

export interface TextSpan {
  /** Offsets into the original text, end exclusive. */
  start: number;
  end: number;
}

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u00a0': ' ',
  '\u00ad': '',
};

/** The folded text and, for each of its characters, the offset of the original character it came from. */
export function foldText(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let lastWasSpace = true;
  for (let i = 0; i < text.length; i++) {
    const ch = FOLD[text[i]!] ?? text[i]!;
    if (ch === '') continue;
    if (/\s/.test(ch)) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
      folded += ' ';
    } else {
      lastWasSpace = false;
      folded += ch.toLowerCase();
    }
    origin.push(i);
  }
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    origin.pop();
  }
  return { folded, origin };
}

export const foldPhrase = (phrase: string): string => foldText(phrase).folded;

/** Every occurrence of the phrase in the text, as spans of the original text, in order, not overlapping. */
export function findPhrase(text: string, phrase: string): TextSpan[] {
  const wanted = foldPhrase(phrase);
  if (!wanted) return [];
  const { folded, origin } = foldText(text);
  const spans: TextSpan[] = [];
  let from = 0;
  for (;;) {
    const at = folded.indexOf(wanted, from);
    if (at < 0) return spans;
    spans.push({ start: origin[at]!, end: origin[at + wanted.length - 1]! + 1 });
    from = at + wanted.length;
  }
}

/** The same folding as foldText for a whole text at once, without offsets: fast enough for whole files. */
const foldFast = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2014]/g, '-')
    .replace(/\u00ad/g, '');

/** True when the phrase occurs in the text. */
export const containsPhrase = (text: string, phrase: string): boolean => {
  const wanted = foldPhrase(phrase);
  return wanted !== '' && foldFast(text).replace(/\s+/g, ' ').includes(wanted);
};

/**
 * The stricter check a finished production must pass, on every page and every stream of the file: spaces are
 * ignored altogether, so a phrase whose words a PDF happens to set without a space ("JaneDoe") still counts.
 */
export const containsPhraseIgnoringSpaces = (text: string, phrase: string): boolean => {
  const wanted = foldFast(phrase).replace(/\s+/g, '');
  return wanted !== '' && foldFast(text).replace(/\s+/g, '').includes(wanted);
};
