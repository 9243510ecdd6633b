// Footnote numbers follow reading order: the first marker in the letter is 1, the next 2, and so on. Worked
// out from the blocks on every change, so cheaply: a block's count of notes is kept per block object (Slate
// gives a changed block a new object), and only blocks that hold notes are walked.
import type { FootnoteNode } from './model';
import { isFootnote } from './model';

type AnyNode = { children?: unknown[] };

const counts = new WeakMap<object, number>();

function countNotes(node: AnyNode): number {
  const cached = counts.get(node);
  if (cached !== undefined) return cached;
  let count = 0;
  for (const child of node.children ?? []) {
    if (isFootnote(child)) count += 1;
    else if (typeof child === 'object' && child !== null) count += countNotes(child as AnyNode);
  }
  counts.set(node, count);
  return count;
}

function numberNotes(node: AnyNode, into: Map<FootnoteNode, number>): void {
  for (const child of node.children ?? []) {
    if (isFootnote(child)) into.set(child, into.size + 1);
    else if (typeof child === 'object' && child !== null && countNotes(child as AnyNode) > 0)
      numberNotes(child as AnyNode, into);
  }
}

/** Each footnote node of the blocks with its number, 1 for the first in reading order. */
export function footnoteNumbers(blocks: readonly unknown[]): Map<FootnoteNode, number> {
  const numbers = new Map<FootnoteNode, number>();
  numberNotes({ children: [...blocks] }, numbers);
  return numbers;
}

/** Whether any of the blocks holds a footnote. */
export const hasFootnotes = (blocks: readonly unknown[]): boolean =>
  blocks.some((block) => typeof block === 'object' && block !== null && countNotes(block as AnyNode) > 0);
