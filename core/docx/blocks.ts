// Body blocks -> docx paragraphs and tables, one case per block type of the document model.
import type { Paragraph, Table } from 'docx';
import type { ContentBlock, BlockQuoteNode, HeadingNode, ParagraphNode } from '../document/model';
import { alignmentOf } from './alignment';
import { makeParagraph } from './block-context';
import type { BlockContext } from './block-context';
import { paragraphRuns } from './inline-runs';
import { letterPartParagraphs } from './letter-parts';
import { listParagraphs } from './lists';
import { BLANK_LINE, STYLE_IDS } from './styles';
import { tableBlocks } from './tables';

type Body = (Paragraph | Table)[];

const plainParagraph = (node: ParagraphNode, context: BlockContext, keepNext: boolean): Paragraph =>
  // No style named: Normal is the default paragraph style, and naming it again wrote an element per paragraph.
  makeParagraph(context, {
    children: paragraphRuns(node.children, context),
    ...(node.align ? { alignment: alignmentOf(node.align) } : {}),
    // The closing ("Sincerely,") stays on the page of the signature that follows it.
    ...(keepNext ? { keepNext: true, keepLines: true } : {}),
  });

const headingParagraph = (node: HeadingNode, context: BlockContext): Paragraph =>
  makeParagraph(context, {
    style: STYLE_IDS.heading[node.level],
    children: paragraphRuns(node.children, context),
    ...(node.align ? { alignment: alignmentOf(node.align) } : {}),
  });

function quoteParagraphs(node: BlockQuoteNode, context: BlockContext): Paragraph[] {
  return node.children.map((paragraph, index) =>
    makeParagraph(context, {
      style: STYLE_IDS.quote,
      children: paragraphRuns(paragraph.children, context),
      spacing: { after: index === node.children.length - 1 ? BLANK_LINE : BLANK_LINE / 2 },
      ...(paragraph.align ? { alignment: alignmentOf(paragraph.align) } : {}),
    }),
  );
}

function block(node: ContentBlock, next: ContentBlock | undefined, context: BlockContext): Body {
  switch (node.type) {
    case 'paragraph':
      return [plainParagraph(node, context, next?.type === 'signature-block')];
    case 'heading':
      return [headingParagraph(node, context)];
    case 'numbered-list':
    case 'bulleted-list':
      return listParagraphs(node, context);
    case 'block-quote':
      return quoteParagraphs(node, context);
    case 'table':
      return tableBlocks(node, context);
    case 'page-break':
      context.pageBreakPending = true;
      return [];
    default:
      return letterPartParagraphs(node, context, next);
  }
}

export function bodyBlocks(nodes: readonly ContentBlock[], context: BlockContext): Body {
  const body = nodes.flatMap((node, index) => block(node, nodes[index + 1], context));
  // A page break at the very end still has to start a new page, as it did in the editor.
  if (context.pageBreakPending) body.push(makeParagraph(context, {}));
  // Word refuses a document whose body is empty, and one that ends on a table.
  if (body.length === 0) body.push(makeParagraph(context, {}));
  return body;
}
