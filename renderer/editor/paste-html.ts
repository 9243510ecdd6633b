// Pasting from Word or a web page: HTML -> the core document model (paragraphs, headings, lists, quotes,
// tables, with bold/italic/underline). Uses the same node types as templates and the exporter.
import type {
  BlockNode,
  ListItemNode,
  ListNode,
  ParagraphNode,
  TableRowNode,
} from '../../core/document/model';
import { inlineText, marksOf, tidyInlines } from './paste-inline';
import type { Marks } from './paste-inline';
import { collectWordList, isWordListParagraph } from './paste-word-lists';

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'pre',
  'hr',
  'body',
]);
const SKIPPED = new Set(['style', 'script', 'meta', 'title', 'head', 'link', 'template']);

const isBlock = (node: ChildNode): boolean =>
  node instanceof Element && BLOCK_TAGS.has(node.tagName.toLowerCase());

export const paragraphOf = (nodes: Iterable<ChildNode>, marks: Marks): ParagraphNode => ({
  type: 'paragraph',
  children: tidyInlines(inlineText(nodes, marks)),
});

function listOf(element: Element, marks: Marks): ListNode {
  const type = element.tagName.toLowerCase() === 'ol' ? 'numbered-list' : 'bulleted-list';
  const items: ListItemNode[] = [];
  for (const child of element.children) {
    if (child.tagName.toLowerCase() !== 'li') continue;
    const inline = [...child.childNodes].filter(
      (n) => !(n instanceof Element && ['ul', 'ol'].includes(n.tagName.toLowerCase())),
    );
    const nested = [...child.children]
      .filter((n) => ['ul', 'ol'].includes(n.tagName.toLowerCase()))
      .map((n) => listOf(n, marks));
    items.push({ type: 'list-item', children: [paragraphOf(inline, marksOf(child, marks)), ...nested] });
  }
  return {
    type,
    children: items.length > 0 ? items : [{ type: 'list-item', children: [paragraphOf([], marks)] }],
  };
}

function tableOf(element: Element, marks: Marks): BlockNode {
  const rows: TableRowNode[] = [];
  for (const row of element.querySelectorAll('tr')) {
    if (row.closest('table') !== element) continue;
    const cells = [...row.children].filter((c) => ['td', 'th'].includes(c.tagName.toLowerCase()));
    if (cells.length === 0) continue;
    const header =
      cells.every((c) => c.tagName.toLowerCase() === 'th') ||
      row.parentElement?.tagName.toLowerCase() === 'thead';
    rows.push({
      type: 'table-row',
      ...(header ? { header: true } : {}),
      children: cells.map((cell) => ({
        type: 'table-cell',
        children: paragraphsOf(cell, marksOf(cell, marks)),
      })),
    });
  }
  return rows.length > 0 ? { type: 'table', children: rows } : paragraphOf(element.childNodes, marks);
}

/** Everything inside a container as paragraphs only (block quotes and table cells hold nothing else). */
function paragraphsOf(element: Element, marks: Marks): ParagraphNode[] {
  const blocks = blocksOf(element.childNodes, marks);
  const paragraphs = blocks.flatMap((block): ParagraphNode[] =>
    block.type === 'paragraph'
      ? [block]
      : block.type === 'heading'
        ? [{ type: 'paragraph', children: block.children }]
        : [],
  );
  return paragraphs.length > 0 ? paragraphs : [paragraphOf([], marks)];
}

function blockOf(element: Element, marks: Marks): BlockNode[] {
  const tag = element.tagName.toLowerCase();
  const own = marksOf(element, marks);
  if (/^h[1-6]$/.test(tag)) {
    const level = Math.min(Number(tag[1]), 3) as 1 | 2 | 3;
    return [{ type: 'heading', level, children: tidyInlines(inlineText(element.childNodes, own)) }];
  }
  if (tag === 'p' && /MsoTitle/.test(element.className)) {
    return [{ type: 'heading', level: 1, children: tidyInlines(inlineText(element.childNodes, own)) }];
  }
  if (tag === 'ul' || tag === 'ol') return [listOf(element, own)];
  if (tag === 'blockquote') return [{ type: 'block-quote', children: paragraphsOf(element, own) }];
  if (tag === 'table') return [tableOf(element, own)];
  if (tag === 'hr') return [];
  if ([...element.childNodes].some(isBlock)) return blocksOf(element.childNodes, own);
  return [paragraphOf(element.childNodes, own)];
}

/** Maps a run of sibling nodes to blocks; loose inline content between blocks becomes a paragraph. */
export function blocksOf(nodes: Iterable<ChildNode>, marks: Marks): BlockNode[] {
  const blocks: BlockNode[] = [];
  const siblings = [...nodes];
  let loose: ChildNode[] = [];
  const flushLoose = () => {
    if (
      loose.some((n) => (n.textContent ?? '').trim() !== '' || (n instanceof Element && n.tagName === 'BR'))
    ) {
      blocks.push(paragraphOf(loose, marks));
    }
    loose = [];
  };
  for (let index = 0; index < siblings.length; index++) {
    const node = siblings[index]!;
    if (node instanceof Element && SKIPPED.has(node.tagName.toLowerCase())) continue;
    if (node instanceof Element && isWordListParagraph(node)) {
      flushLoose();
      const { list, next } = collectWordList(siblings, index, marks);
      blocks.push(list);
      index = next - 1;
    } else if (node instanceof Element && isBlock(node)) {
      flushLoose();
      blocks.push(...blockOf(node, marks));
    } else loose.push(node);
  }
  flushLoose();
  return blocks;
}

/** Parses clipboard HTML into blocks; an empty result means "nothing usable, paste the plain text". */
export function htmlToBlocks(html: string): BlockNode[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return blocksOf(doc.body.childNodes, {});
}
