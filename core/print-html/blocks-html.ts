// Body blocks -> HTML, one case per block type of the document model, as core/docx/blocks.ts builds them:
// paragraphs, headings, nested lists numbered 1. a. i., block quotes, tables with a repeating header row,
// page breaks and the letter's parts.
import type { BlockQuoteNode, ContentBlock, ListNode, TableNode } from '../document/model';
import { alignStyle, inlineHtml, type InlineHtmlContext } from './inline-html';
import { letterPartHtml } from './letter-part-html';

const LIST_TYPES = ['1', 'a', 'i'] as const;

function listHtml(list: ListNode, context: InlineHtmlContext, level: number): string {
  const numbered = list.type === 'numbered-list';
  const items = list.children.map((item) => {
    const inner = item.children
      .map((child) =>
        child.type === 'paragraph'
          ? `<p${alignStyle(child.align)}>${inlineHtml(child.children, context)}</p>`
          : listHtml(child, context, level + 1),
      )
      .join('');
    return `<li>${inner}</li>`;
  });
  const tag = numbered ? `ol type="${LIST_TYPES[level % 3]}"` : `ul class="level-${level % 3}"`;
  return `<${tag}>${items.join('')}</${numbered ? 'ol' : 'ul'}>`;
}

const quoteHtml = (quote: BlockQuoteNode, context: InlineHtmlContext): string =>
  `<blockquote>${quote.children
    .map((p) => `<p${alignStyle(p.align)}>${inlineHtml(p.children, context)}</p>`)
    .join('')}</blockquote>`;

function tableHtml(table: TableNode, context: InlineHtmlContext): string {
  const dense = Math.max(0, ...table.children.map((row) => row.children.length)) > 5;
  const row = (cells: TableNode['children'][number], tag: 'th' | 'td') =>
    `<tr>${cells.children
      .map(
        (cell) =>
          `<${tag}${alignStyle(cell.align)}>${cell.children
            .map((p) => `<p${alignStyle(p.align)}>${inlineHtml(p.children, context)}</p>`)
            .join('')}</${tag}>`,
      )
      .join('')}</tr>`;
  const head = table.children.filter((r) => r.header);
  const body = table.children.filter((r) => !r.header);
  return `<table${dense ? ' class="dense"' : ''}>${
    head.length > 0 ? `<thead>${head.map((r) => row(r, 'th')).join('')}</thead>` : ''
  }<tbody>${body.map((r) => row(r, 'td')).join('')}</tbody></table>`;
}

function blockHtml(node: ContentBlock, next: ContentBlock | undefined, context: InlineHtmlContext): string {
  switch (node.type) {
    case 'paragraph': {
      // The closing ("Sincerely,") stays on the page of the signature that follows it.
      const keep = next?.type === 'signature-block' ? ' class="keep-next"' : '';
      return `<p${keep}${alignStyle(node.align)}>${inlineHtml(node.children, context)}</p>`;
    }
    case 'heading':
      return `<h${node.level}${alignStyle(node.align)}>${inlineHtml(node.children, context)}</h${node.level}>`;
    case 'numbered-list':
    case 'bulleted-list':
      return listHtml(node, context, 0);
    case 'block-quote':
      return quoteHtml(node, context);
    case 'table':
      return tableHtml(node, context);
    case 'page-break':
      return '<div class="page-break"></div>';
    default:
      return letterPartHtml(node, next, context);
  }
}

export const blocksHtml = (nodes: readonly ContentBlock[], context: InlineHtmlContext): string =>
  nodes.map((node, index) => blockHtml(node, nodes[index + 1], context)).join('\n');
