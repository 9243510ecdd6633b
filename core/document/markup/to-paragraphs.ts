// Letter parts, block quotes and list items hold paragraphs only; this flattens richer content into them.
import type { ContentBlock, InlineNode, ListNode, ParagraphNode } from '../model';
import { normalizeInlines } from './normalize-inlines';

function listParagraphs(list: ListNode, depth: number): ParagraphNode[] {
  return list.children.flatMap((item, index) => {
    const marker = list.type === 'numbered-list' ? `${index + 1}. ` : '• ';
    const indent = '    '.repeat(depth);
    return item.children.flatMap((child, childIndex): ParagraphNode[] => {
      if (child.type !== 'paragraph') return listParagraphs(child, depth + 1);
      const prefix: InlineNode = { text: childIndex === 0 ? indent + marker : indent };
      return [{ ...child, children: normalizeInlines([prefix, ...child.children]) }];
    });
  });
}

export function toParagraphs(blocks: readonly ContentBlock[]): ParagraphNode[] {
  return blocks.flatMap((block): ParagraphNode[] => {
    switch (block.type) {
      case 'paragraph':
        return [block];
      case 'heading':
        return [
          { type: 'paragraph', ...(block.align ? { align: block.align } : {}), children: block.children },
        ];
      case 'numbered-list':
      case 'bulleted-list':
        return listParagraphs(block, 0);
      case 'table':
        return block.children.map((row) => ({
          type: 'paragraph',
          children: normalizeInlines(
            row.children.flatMap((cell, index) => [
              ...(index > 0 ? [{ text: '\t' }] : []),
              ...cell.children.flatMap((paragraph) => paragraph.children),
            ]),
          ),
        }));
      case 'page-break':
        return [];
      default:
        return block.children;
    }
  });
}
