// Escaping for the print HTML: every value that reaches the page goes through one of these, so a value can
// never open a tag, close an attribute or end a CSS string in the page's style.
import { stripControlCharacters } from '../template/field-token';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text or attribute content: control characters dropped, markup characters escaped. */
export const escapeHtml = (text: string): string =>
  stripControlCharacters(text).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);

/**
 * Text as the inside of a CSS string (`content: "…"`): quotes, backslashes and anything outside printable
 * ASCII as CSS hex escapes, a line break as `\A` (shown as one with `white-space: pre`). `<` is escaped too,
 * so the text cannot end the <style> element it sits in.
 */
export const cssString = (text: string): string =>
  [...stripControlCharacters(text)]
    .map((ch) => {
      if (ch === '\n') return '\\A ';
      const code = ch.codePointAt(0)!;
      return code < 0x20 || code > 0x7e || ch === '"' || ch === '\\' || ch === '<' || ch === '>'
        ? `\\${code.toString(16)} `
        : ch;
    })
    .join('');
