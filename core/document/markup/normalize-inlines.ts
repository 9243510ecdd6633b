// Puts a block's inline children into the shape Slate keeps them in, so a rendered draft is already
// normalized: adjacent text with the same marks merged, no empty text except the spacers Slate requires
// around inline elements (fields), and never an empty children list.
import type { FormattedText, InlineNode } from '../model';
import { isText } from '../model';

const sameMarks = (a: FormattedText, b: FormattedText): boolean =>
  a.bold === b.bold && a.italic === b.italic && a.underline === b.underline;

function mergeTexts(nodes: readonly InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    if (isText(node) && !('type' in node)) {
      if (node.text === '') continue;
      const last = out[out.length - 1];
      if (last && isText(last) && !('type' in last) && sameMarks(last, node)) {
        out[out.length - 1] = { ...last, text: last.text + node.text };
        continue;
      }
    }
    out.push(node);
  }
  return out;
}

const isElement = (node: InlineNode | undefined): boolean => node !== undefined && 'type' in node;

export function normalizeInlines(nodes: readonly InlineNode[]): InlineNode[] {
  const merged = mergeTexts(nodes);
  const out: InlineNode[] = [];
  for (const node of merged) {
    // Slate wants a text node before every inline element that would otherwise start or follow another.
    if (isElement(node) && (out.length === 0 || isElement(out[out.length - 1]))) out.push({ text: '' });
    out.push(node);
  }
  if (out.length === 0 || isElement(out[out.length - 1])) out.push({ text: '' });
  return out;
}
