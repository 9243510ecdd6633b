// Converts Markdown block content (paragraphs, headings, lists, quotes, tables, directives) into blocks.
import type { BlockContent, DefinitionContent, List, ListItem, RootContent } from 'mdast';
import type { ContentBlock, HeadingNode, ListItemNode, ListNode, ParagraphNode } from '../model';
import type { ConvertContext } from './convert-context';
import { inlineChildren, textWithFields } from './inline';
import { normalizeInlines } from './normalize-inlines';
import { containerDirective, leafDirective } from './directives';
import { tableBlock } from './tables';
import { toParagraphs } from './to-paragraphs';

type BlockSource = RootContent | BlockContent | DefinitionContent;

const literalParagraph = (text: string, context: ConvertContext): ParagraphNode => ({
  type: 'paragraph',
  children: normalizeInlines(textWithFields(text, {}, context)),
});

// Slate needs at least one child in every element, so an empty container holds one empty paragraph.
const emptyParagraph = (): ParagraphNode => ({ type: 'paragraph', children: [{ text: '' }] });

const onlyImages = (node: { children: readonly { type: string }[] }): boolean =>
  node.children.length > 0 &&
  node.children.every((child) => child.type === 'image' || child.type === 'imageReference');

function listItem(item: ListItem, context: ConvertContext): ListItemNode {
  const children: ListItemNode['children'] = [];
  for (const child of item.children) {
    if (child.type === 'list') children.push(listBlock(child, context));
    else children.push(...toParagraphs(blockNodes([child], context)));
  }
  // The item's own paragraph comes first, even when the item starts with a nested list or is empty.
  if (children[0]?.type !== 'paragraph') children.unshift(emptyParagraph());
  return { type: 'list-item', children };
}

function listBlock(list: List, context: ConvertContext): ListNode {
  return {
    type: list.ordered ? 'numbered-list' : 'bulleted-list',
    children: list.children.map((item) => listItem(item, context)),
  };
}

function blockNode(node: BlockSource, context: ConvertContext): ContentBlock[] {
  switch (node.type) {
    case 'paragraph':
      return onlyImages(node)
        ? []
        : [{ type: 'paragraph', children: inlineChildren(node.children, context) }];
    case 'heading': {
      const level = Math.min(node.depth, 3) as HeadingNode['level'];
      return [{ type: 'heading', level, children: inlineChildren(node.children, context) }];
    }
    case 'list':
      return [listBlock(node, context)];
    case 'blockquote': {
      const paragraphs = toParagraphs(blockNodes(node.children, context));
      return [{ type: 'block-quote', children: paragraphs.length > 0 ? paragraphs : [emptyParagraph()] }];
    }
    case 'table':
      return [tableBlock(node, context)];
    case 'code':
    case 'html':
      return [literalParagraph(node.value, context)];
    case 'footnoteDefinition': {
      // Its text went into the footnote where it is referred to.
      if (context.notes?.referenced.has(node.identifier)) return [];
      const paragraphs = toParagraphs(blockNodes(node.children, context));
      const label: ParagraphNode = literalParagraph(`[${node.label ?? node.identifier}]`, context);
      return [label, ...paragraphs];
    }
    case 'containerDirective':
      return containerDirective(node, context, blockNodes);
    case 'leafDirective':
      return leafDirective(node, context);
    // A horizontal rule has no place in a letter; link definitions only feed links.
    case 'thematicBreak':
    case 'definition':
    default:
      return [];
  }
}

export function blockNodes(nodes: readonly BlockSource[], context: ConvertContext): ContentBlock[] {
  return nodes.flatMap((node) => blockNode(node, context));
}
