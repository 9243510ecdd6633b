// A letter as words and formatting only, the way a reader compares two versions: fields become the text they
// show, exhibit references their label, passages under review the attorney's text, and neighbouring text
// formatted alike one run.
import type {
  BlockNode,
  ContentBlock,
  FormattedText,
  InlineNode,
  ListItemNode,
  ListNode,
  ParagraphNode,
  TableNode,
} from '../document/model';
import { isFieldNode, isMatterUpdate } from '../document/model';
import { bitsToMarks, marksToBits } from './revised-text';

function shownText(node: InlineNode): FormattedText {
  if (isFieldNode(node)) {
    const text = node.value.trim() !== '' ? node.value : `[${node.label || node.path}]`;
    return { text, ...bitsToMarks(marksToBits(node)) };
  }
  if ('type' in node && node.type === 'footnote')
    return { text: `[Note: ${node.children.map((child) => shownText(child).text).join('')}]` };
  if ('type' in node) return { text: `Exhibit ${node.label}` };
  return { text: node.text, ...bitsToMarks(marksToBits(node)) };
}

/** Inline content as runs of text, neighbours formatted alike merged; never empty (Slate needs one text). */
export function flattenInline(children: readonly InlineNode[]): FormattedText[] {
  const runs: FormattedText[] = [];
  for (const child of children) {
    const run = shownText(child);
    if (run.text === '') continue;
    const last = runs.at(-1);
    if (last && marksToBits(last) === marksToBits(run)) last.text += run.text;
    else runs.push(run);
  }
  return runs.length > 0 ? runs : [{ text: '' }];
}

const paragraph = (node: ParagraphNode): ParagraphNode => ({
  type: 'paragraph',
  ...(node.align ? { align: node.align } : {}),
  children: flattenInline(node.children),
});

const listItem = (item: ListItemNode): ListItemNode => ({
  type: 'list-item',
  children: item.children.map((child) => (child.type === 'paragraph' ? paragraph(child) : list(child))),
});

const list = (node: ListNode): ListNode => ({ type: node.type, children: node.children.map(listItem) });

const table = (node: TableNode): TableNode => ({
  type: 'table',
  children: node.children.map((row) => ({
    type: 'table-row',
    ...(row.header ? { header: true } : {}),
    children: row.children.map((cell) => ({
      type: 'table-cell',
      ...(cell.align ? { align: cell.align } : {}),
      children: cell.children.map(paragraph),
    })),
  })),
});

function flattenBlock(block: ContentBlock): ContentBlock {
  switch (block.type) {
    case 'paragraph':
      return paragraph(block);
    case 'heading':
      return {
        type: 'heading',
        level: block.level,
        ...(block.align ? { align: block.align } : {}),
        children: flattenInline(block.children),
      };
    case 'numbered-list':
    case 'bulleted-list':
      return list(block);
    case 'table':
      return table(block);
    case 'page-break':
      return { type: 'page-break', children: [{ text: '' }] };
    default:
      return { type: block.type, children: block.children.map(paragraph) };
  }
}

/** The letter as it reads: passages under review keep the attorney's text, as an export does. */
export const flattenBlocks = (blocks: readonly BlockNode[]): ContentBlock[] =>
  blocks.flatMap((block) => (isMatterUpdate(block) ? block.children : [block])).map(flattenBlock);
