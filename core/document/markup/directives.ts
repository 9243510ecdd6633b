// The template directives: letter-part containers, alignment containers and the page break.
import type { BlockContent, DefinitionContent } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { Alignment, ContentBlock, LetterPartType } from '../model';
import { LETTER_PART_TYPES } from '../model';
import { markupError, type ConvertContext } from './convert-context';
import { toParagraphs } from './to-paragraphs';

type ConvertBlocks = (
  nodes: readonly (BlockContent | DefinitionContent)[],
  context: ConvertContext,
) => ContentBlock[];

const ALIGNMENTS: Record<string, Alignment> = { center: 'center', right: 'right', justify: 'justify' };

const isLetterPart = (name: string): name is LetterPartType =>
  (LETTER_PART_TYPES as readonly string[]).includes(name);

const KNOWN_CONTAINERS = [...LETTER_PART_TYPES, ...Object.keys(ALIGNMENTS)]
  .map((name) => `:::${name}`)
  .join(', ');

function withAlign(block: ContentBlock, align: Alignment): ContentBlock {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return { ...block, align };
    case 'numbered-list':
    case 'bulleted-list':
    case 'table':
    case 'page-break':
      return block;
    case 'block-quote':
      return { ...block, children: block.children.map((paragraph) => ({ ...paragraph, align })) };
    default:
      return { ...block, children: block.children.map((paragraph) => ({ ...paragraph, align })) };
  }
}

export function containerDirective(
  node: ContainerDirective,
  context: ConvertContext,
  convert: ConvertBlocks,
): ContentBlock[] {
  if (isLetterPart(node.name)) {
    const paragraphs = toParagraphs(convert(node.children, { ...context, keepLines: true }));
    return [
      {
        type: node.name,
        children: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph', children: [{ text: '' }] }],
      },
    ];
  }
  const align = ALIGNMENTS[node.name];
  if (align) return convert(node.children, context).map((block) => withAlign(block, align));
  throw markupError(
    context,
    node,
    `Unknown block directive ":::${node.name}". Use one of ${KNOWN_CONTAINERS}, each closed by ":::" on its own line.`,
  );
}

export function leafDirective(node: LeafDirective, context: ConvertContext): ContentBlock[] {
  if (node.name === 'page-break') return [{ type: 'page-break', children: [{ text: '' }] }];
  throw markupError(
    context,
    node,
    `Unknown directive "::${node.name}". The only one-line directive is "::page-break".`,
  );
}
