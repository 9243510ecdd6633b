// Matter values never pass through Markdown as text. Rendering writes a token in their place (private-use
// characters around an index), Markdown parses the structure, and the tokens become `field` nodes holding
// the value. So a value with `*`, `#`, `<b>` or `{{` stays literal and cannot change the document's shape.

const OPEN = '\uE000';
const CLOSE = '\uE001';

/** One matter value written into a rendered template. */
export interface FieldValue {
  /** Dotted path into the matter, e.g. `inquiry.requests.2.text`. */
  path: string;
  label: string;
  /** The text to show, already formatted by any helper (e.g. "March 7, 2025"). */
  value: string;
  /** The helper that formatted it, if any. */
  format?: string;
  required: boolean;
  /** For a field in a list item: the path naming the item by its identity (see item-key.ts). */
  itemKey?: string;
}

export const fieldToken = (index: number): string => `${OPEN}${index}${CLOSE}`;

const TOKEN_PATTERN = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');

export type TokenPiece = { kind: 'text'; text: string } | { kind: 'field'; index: number; source: string };

/** Splits text into literal runs and field tokens, in order. */
export function splitFieldTokens(text: string): TokenPiece[] {
  const pieces: TokenPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const at = match.index ?? 0;
    if (at > last) pieces.push({ kind: 'text', text: text.slice(last, at) });
    pieces.push({ kind: 'field', index: Number(match[1]), source: match[0] });
    last = at + match[0].length;
  }
  if (last < text.length) pieces.push({ kind: 'text', text: text.slice(last) });
  return pieces;
}

/** Replaces every token using `replace`, e.g. to produce the filled markup a person reads. */
export const replaceFieldTokens = (text: string, replace: (index: number) => string): string =>
  text.replace(TOKEN_PATTERN, (_m, index: string) => replace(Number(index)));

const MAYBE_STRIPPED =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF\uD800-\uDFFF]/;

/**
 * Drops characters XML cannot hold (C0 controls other than tab and newline, lone surrogates, U+FFFE/F). The
 * token characters stay: a value never passes through markup, so its own U+E000 cannot become a token.
 */
export const stripControlCharacters = (value: string): string =>
  // Nearly all text has none of them; one scan skips the three replacements (a 300-page export has ~20,000 runs).
  !MAYBE_STRIPPED.test(value)
    ? value
    : value
        .replace(/\r\n?/g, '\n')
        // eslint-disable-next-line no-control-regex -- removing control characters is the point
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '')
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
