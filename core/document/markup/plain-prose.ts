// The fast path for the bulk of a long letter: a paragraph or heading of plain prose (words, punctuation, field
// tokens and simple **bold** / *italic* words) is converted directly, without the Markdown parser. Anything
// that could mean more in Markdown is refused (undefined) and goes to the parser instead, so both paths give
// the same blocks; test/core/document/fast-path.test.ts checks that on fixtures and random documents.
import type { ContentBlock, InlineNode } from '../model';
import type { ConvertContext, Marks } from './convert-context';
import { textWithFields } from './inline';
import { normalizeInlines } from './normalize-inlines';

// Characters that start Markdown or GFM constructs mid-line (links, code, HTML, entities, escapes,
// strikethrough, tables, directive attributes, autolinks) or `_` emphasis.
const SPECIAL = /[`_[\]<>&\\~|{}@]|www\.|:\/\//i;
// A line must start like prose; a list marker, quote, heading, fence or directive is Markdown.
const PROSE_START = /^[\p{L}\p{N}\uE000("'§$]/u;
const LIST_MARKER = /^\d{1,9}[.)](?:[ \t]|$)/;
// `**word**` or `*word*`: opened after a space, "(" or the start, closed before a space, punctuation or the
// end, with a letter, digit or field at both inner edges. Such runs can only open and only close, so
// CommonMark reads them exactly like this.
const EMPHASIS = /(?<=^|[ (])(\*\*?)([\p{L}\p{N}\uE000](?:[^*\n]*[\p{L}\p{N}\uE001])?)\1(?=$|[ .,;:!?)])/gu;

export function proseLine(line: string): boolean {
  return PROSE_START.test(line) && !LIST_MARKER.test(line) && !/(?: {2}|\t)$/.test(line);
}

/** Inline nodes for plain prose text (no line breaks), or undefined if Markdown could read more into it. */
export function proseInlines(text: string, context: ConvertContext): InlineNode[] | undefined {
  if (SPECIAL.test(text)) return undefined;
  if (!text.includes('*')) return normalizeInlines(textWithFields(text, {}, context));
  const out: InlineNode[] = [];
  let last = 0;
  for (const match of text.matchAll(EMPHASIS)) {
    const plain = text.slice(last, match.index);
    if (plain.includes('*')) return undefined;
    const marks: Marks = match[1] === '**' ? { bold: true } : { italic: true };
    out.push(...textWithFields(plain, {}, context), ...textWithFields(match[2]!, marks, context));
    last = match.index + match[0].length;
  }
  const rest = text.slice(last);
  if (rest.includes('*')) return undefined;
  out.push(...textWithFields(rest, {}, context));
  return normalizeInlines(out);
}

const HEADING = /^(#{1,6})[ \t]+([^#]*?)[ \t]*$/;

/** A top-level paragraph or heading of plain prose, or undefined if the run needs the parser. */
export function plainProseBlock(lines: readonly string[], context: ConvertContext): ContentBlock | undefined {
  const first = lines[0];
  if (first === undefined) return undefined;
  const heading = lines.length === 1 ? HEADING.exec(first) : null;
  if (heading) {
    const text = heading[2]!;
    if (text === '' || !proseLine(text)) return undefined;
    const children = proseInlines(text, context);
    const level = Math.min(heading[1]!.length, 3) as 1 | 2 | 3;
    return children && { type: 'heading', level, children };
  }
  if (!lines.every(proseLine)) return undefined;
  const children = proseInlines(lines.map((line) => line.trimEnd()).join(' '), context);
  return children && { type: 'paragraph', children };
}
