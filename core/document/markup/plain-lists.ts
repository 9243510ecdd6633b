// Fast path for a tight list of one-line prose items ("1. Item", "- Item"): the list a template writes
// for numbered requests. Nested, loose or multi-line lists go to the parser.
import type { ListNode } from '../model';
import type { ConvertContext } from './convert-context';
import { proseInlines, proseLine } from './plain-prose';

const ITEM = /^(?:(\d{1,9})([.)])|([-*+])) (.*)$/;

/** Any list marker, which after a blank line would continue (or start) a list. */
export const LIST_START = /^(?:\d{1,9}[.)]|[-*+])(?:[ \t]|$)/;

export function plainList(lines: readonly string[], context: ConvertContext): ListNode | undefined {
  let marker: string | undefined;
  const items: ListNode['children'] = [];
  for (const line of lines) {
    const match = ITEM.exec(line);
    if (!match) return undefined;
    const lineMarker = match[2] ?? match[3]!;
    // A different delimiter or bullet starts a new list in Markdown.
    if (marker !== undefined && lineMarker !== marker) return undefined;
    marker = lineMarker;
    const text = match[4]!;
    if (!proseLine(text)) return undefined;
    const children = proseInlines(text.trimEnd(), context);
    if (!children) return undefined;
    items.push({ type: 'list-item', children: [{ type: 'paragraph', children }] });
  }
  if (marker === undefined) return undefined;
  return { type: /[.)]/.test(marker) ? 'numbered-list' : 'bulleted-list', children: items };
}
