// Word writes lists as paragraphs (`class="MsoListParagraph"`, `style="mso-list:l0 level2 lfo1"`) with the
// bullet or number as hidden text. This rebuilds them as nested lists.
import type { ListItemNode, ListNode } from '../../core/document/model';
import type { Marks } from './paste-inline';
import { paragraphOf } from './paste-html';

export const isWordListParagraph = (element: Element): boolean =>
  /mso-list:\s*l\d+/i.test(element.getAttribute('style') ?? '') || /MsoListParagraph/.test(element.className);

const levelOf = (element: Element): number =>
  Number(/level(\d+)/i.exec(element.getAttribute('style') ?? '')?.[1] ?? '1');

/** A numbered item's hidden marker looks like "1." or "a)"; bullets are symbols. */
function isNumbered(element: Element): boolean {
  const marker = element.querySelector('[style*="mso-list"]')?.textContent ?? element.textContent ?? '';
  return /^\s*[(]?[0-9a-zA-Z]{1,4}[.)]/.test(marker);
}

export function collectWordList(
  siblings: ChildNode[],
  start: number,
  marks: Marks,
): { list: ListNode; next: number } {
  const first = siblings[start] as Element;
  const root: ListNode = { type: isNumbered(first) ? 'numbered-list' : 'bulleted-list', children: [] };
  // stack[i] is the open list at level i + 1
  const stack: ListNode[] = [root];
  let index = start;
  for (; index < siblings.length; index++) {
    const node = siblings[index]!;
    if (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() === '') continue;
    if (!(node instanceof Element) || !isWordListParagraph(node)) break;
    const level = Math.max(1, Math.min(levelOf(node), stack.length + 1));
    while (stack.length > level) stack.pop();
    if (stack.length < level) {
      const parent = stack[stack.length - 1]!;
      const owner = parent.children[parent.children.length - 1];
      const nested: ListNode = { type: isNumbered(node) ? 'numbered-list' : 'bulleted-list', children: [] };
      if (owner) owner.children.push(nested);
      else parent.children.push({ type: 'list-item', children: [paragraphOf([], marks), nested] });
      stack.push(nested);
    }
    const item: ListItemNode = { type: 'list-item', children: [paragraphOf(node.childNodes, marks)] };
    stack[stack.length - 1]!.children.push(item);
  }
  return { list: root, next: index };
}
