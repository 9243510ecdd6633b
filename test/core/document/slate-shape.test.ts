// Every document the converter makes is one Slate accepts unchanged: no empty elements, text at both ends
// of every inline run and between fields, adjacent texts with the same marks merged.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { markupToBlocks } from '../../../core/document/from-markup';
import type { InlineNode } from '../../../core/document/model';
import { TemplateError } from '../../../core/template/template-error';
import { randomMarkup } from './random-markup';

const isElement = (node: unknown): node is { type: string; children: unknown[] } =>
  typeof node === 'object' && node !== null && 'children' in node;

const marksOf = (node: InlineNode) =>
  JSON.stringify([
    !!('bold' in node && node.bold),
    !!('italic' in node && node.italic),
    !!('underline' in node && node.underline),
  ]);

function problems(node: unknown, where: string): string[] {
  if (!isElement(node)) return [];
  if (node.children.length === 0) return [`${where} (${node.type}) has no children`];
  const inline = node.children.every(
    (child) => !isElement(child) || child.type === 'field' || child.type === 'exhibit-ref',
  );
  if (!inline || node.type === 'field')
    return node.children.flatMap((child, i) => problems(child, `${where}.${i}`));
  const children = node.children as InlineNode[];
  const found: string[] = [];
  if (isElement(children[0]) || isElement(children[children.length - 1]))
    found.push(`${where} starts or ends with a field`);
  children.forEach((child, i) => {
    const before = children[i - 1];
    if (i > 0 && isElement(child) && isElement(before)) found.push(`${where} has two fields side by side`);
    if (before && !isElement(child) && !isElement(before) && marksOf(child) === marksOf(before))
      found.push(`${where} has unmerged text`);
    if (
      !isElement(child) &&
      child.text === '' &&
      children.length > 1 &&
      !isElement(before) &&
      !isElement(children[i + 1])
    ) {
      found.push(`${where} has a needless empty text`);
    }
  });
  return found;
}

test('random markup always converts to Slate-normal documents', () => {
  const fields = [{ path: 'a', label: 'A', value: 'x', required: false }];
  fc.assert(
    fc.property(randomMarkup, (markup) => {
      let blocks;
      try {
        blocks = markupToBlocks(markup, fields);
      } catch (error) {
        if (error instanceof TemplateError) return;
        throw error;
      }
      expect(blocks.flatMap((block, i) => problems(block, `${i}`))).toEqual([]);
    }),
    { numRuns: 1000 },
  );
});
