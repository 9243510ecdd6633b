// Writes a matter value into Markdown (for `render --out x.md`) so that it reads back as the same literal text,
// wherever the template put it: in a paragraph, a heading, a list item, a table cell or a letter part. A value
// whose writing direction could spill over is isolated first, as in the DOCX (see isolate-value.ts).
// Everything stays on the one line the value's token stood on, since a line break cannot sit in a heading or a
// table cell, and a blank line would end the paragraph.
import { isolateValue } from '../document/isolate-value';

// Characters Markdown (CommonMark, GFM and directives) may read as syntax anywhere on a line. "@" too: GFM's
// e-mail links take it, and then an emphasis around "@.x." no longer closes.
const ANYWHERE = /[\\`*_[\]<>#|~&{}@]/g;
// A colon before a letter, a digit or a colon starts a directive (":name", ":30" in "10:30", "::name");
// "Re: x" does not.
const DIRECTIVE_COLON = /:(?=[\p{L}\p{N}_:-])/gu;
// GFM links a bare web address as it reads it, backslashes and all; escaping its first dot or colon leaves the
// address to GFM's second look at the text, which links it with the text unchanged.
const WEB_ADDRESS = /(www)\.|(https?):(?=\/\/)/gi;
// Markers that mean something at the start of a line: a list item, a heading underline, a thematic break.
const LINE_START = /^(\d+)([.)])|^([-+=])/;

/** Escapes `value` for Markdown text; line breaks become `<br>`, which the markup reader takes as a break. */
export function escapeMarkdown(value: string): string {
  if (value === '') return '';
  const escaped = isolateValue(value)
    .replace(ANYWHERE, (ch) => `\\${ch}`)
    .replace(DIRECTIVE_COLON, '\\:')
    .replace(WEB_ADDRESS, (_all, www?: string, scheme?: string) => (www ? `${www}\\.` : `${scheme}\\:`))
    .replace(LINE_START, (_all, digits?: string, mark?: string, sign?: string) =>
      sign ? `\\${sign}` : `${digits}\\${mark}`,
    )
    .replace(/\n/g, '<br>');
  // Spaces or a tab at the edges would be dropped at a line's start or end, or make a hard break, so the edge
  // characters are written as character references.
  return escaped.replace(/^[ \t]|[ \t]$/g, (ch) => (ch === ' ' ? '&#32;' : '&#9;'));
}
