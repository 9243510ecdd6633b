// The document as plain text: for the clipboard, search, and tests that read a draft the way a person does.
import type { BlockNode, InlineNode, ListNode, ParagraphNode, TableNode } from './model';

function inlineText(node: InlineNode): string {
  if (!('type' in node)) return node.text;
  if (node.type === 'field') return node.value === '' ? `[${node.label}]` : node.value;
  // A footnote reads where its marker stands, its text in brackets.
  if (node.type === 'footnote') return `[Note: ${node.children.map(inlineText).join('')}]`;
  return node.label;
}

const paragraphText = (paragraph: { children: InlineNode[] }): string =>
  paragraph.children.map(inlineText).join('');

function listText(list: ListNode, depth: number): string[] {
  const indent = '    '.repeat(depth);
  return list.children.flatMap((item, index) => {
    const marker = list.type === 'numbered-list' ? `${index + 1}.` : '•';
    return item.children.flatMap((child, childIndex) => {
      if (child.type !== 'paragraph') return listText(child, depth + 1);
      const lead = childIndex === 0 ? `${indent}${marker} ` : `${indent}   `;
      return [lead + paragraphText(child)];
    });
  });
}

const tableText = (table: TableNode): string =>
  table.children
    .map((row) => row.children.map((cell) => cell.children.map(paragraphText).join(' ')).join('\t'))
    .join('\n');

const paragraphsText = (paragraphs: ParagraphNode[]): string[] => paragraphs.map(paragraphText);

function blockText(block: BlockNode): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [paragraphText(block)];
    case 'numbered-list':
    case 'bulleted-list':
      return [listText(block, 0).join('\n')];
    case 'table':
      return [tableText(block)];
    case 'page-break':
      return [];
    case 'matter-update':
      return block.children.flatMap(blockText);
    default:
      return paragraphsText(block.children);
  }
}

/** Paragraphs separated by blank lines; list items one per line; table cells separated by tabs. */
export const blocksToPlainText = (blocks: readonly BlockNode[]): string =>
  blocks.flatMap(blockText).join('\n\n');
