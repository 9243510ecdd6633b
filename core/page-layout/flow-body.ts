// The letter's body as the DOCX exporter builds it (core/docx/blocks.ts, lists.ts, tables.ts, styles.ts), one
// flow block per Word paragraph or table, with the same spacing, indents and keep rules.
import type { BlockQuoteNode, ContentBlock, ListNode, TableNode } from '../document/model';
import { columnWidths, DENSE_SIZE, isDense } from '../docx/column-widths';
import { flowRuns, withNotes } from './flow-inline';
import type { InlineContext } from './flow-inline';
import { letterPartFlow } from './flow-letter-parts';
import { paragraph } from './flow-types';
import type { FlowBlock, FlowParagraph } from './flow-types';
import { twips } from './page-geometry';

const BLANK = 12;
const LIST_LEVELS = 9;
const BULLETS = ['\u2022', '\u25E6', '\u25AA'];

const ROMAN: [number, string][] = [
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];
const roman = (n: number): string => {
  for (const [value, glyph] of ROMAN) if (n >= value) return glyph + roman(n - value);
  return '';
};
const letters = (n: number): string =>
  (n > 26 ? letters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(97 + ((n - 1) % 26));

/** "1.", "a.", "i." by level, as the numbering definitions (core/docx/numbering.ts) write them. */
const numberLabel = (level: number, n: number) => `${[String(n), letters(n), roman(n)][level % 3]!}.`;

function listFlow(list: ListNode, context: InlineContext, level: number, out: FlowParagraph[]): void {
  const numbered = list.type === 'numbered-list';
  list.children.forEach((item, itemIndex) => {
    let first = true;
    for (const child of item.children) {
      if (child.type !== 'paragraph') {
        listFlow(child, context, Math.min(level + 1, LIST_LEVELS - 1), out);
        continue;
      }
      const left = 36 * (level + 1);
      const label = numbered ? numberLabel(level, itemIndex + 1) : BULLETS[level % BULLETS.length]!;
      out.push(
        paragraph(flowRuns(child.children, context), {
          leftPt: left,
          afterPt: 6,
          ...(first ? { hangingPt: 18, label: { text: label } } : {}),
          ...(child.align ? { align: child.align } : {}),
        }),
      );
      first = false;
    }
  });
}

function quoteFlow(node: BlockQuoteNode, context: InlineContext): FlowParagraph[] {
  return node.children.map((child, index) =>
    paragraph(flowRuns(child.children, context), {
      leftPt: 36,
      rightPt: 36,
      afterPt: index === node.children.length - 1 ? BLANK : BLANK / 2,
      ...(child.align ? { align: child.align } : {}),
    }),
  );
}

function tableFlow(node: TableNode, context: InlineContext): FlowBlock[] {
  if (node.children.length === 0) return [];
  const dense = isDense(node.children);
  return [
    {
      kind: 'table',
      widthsPt: columnWidths(node.children).map(twips),
      sizePt: dense ? DENSE_SIZE / 2 : 12,
      cellPaddingPt: 2,
      headerFill: '#E7E6E6',
      pageBreakBefore: false,
      rows: node.children.map((row) => ({
        header: row.header === true,
        cells: row.children.map((cell) => ({
          ...(cell.align ? { align: cell.align } : {}),
          paragraphs: cell.children.map((p) => flowRuns(p.children, context)),
        })),
      })),
    },
    // Word needs a paragraph after a table: an empty line with no space after.
    paragraph([], { afterPt: 0 }),
  ];
}

function blockFlow(node: ContentBlock, next: ContentBlock | undefined, context: InlineContext): FlowBlock[] {
  switch (node.type) {
    case 'paragraph':
      return [
        paragraph(flowRuns(node.children, context), {
          ...(node.align ? { align: node.align } : {}),
          ...(next?.type === 'signature-block' ? { keepNext: true, keepLines: true } : {}),
        }),
      ];
    case 'heading':
      return [
        paragraph(flowRuns(node.children, context), {
          bold: true,
          italic: node.level === 3,
          keepNext: true,
          keepLines: true,
          beforePt: node.level === 1 ? BLANK : 0,
          ...(node.align ? { align: node.align } : {}),
        }),
      ];
    case 'numbered-list':
    case 'bulleted-list': {
      const out: FlowParagraph[] = [];
      listFlow(node, context, 0, out);
      if (out.length > 0) out[out.length - 1] = { ...out[out.length - 1]!, afterPt: BLANK };
      return out;
    }
    case 'block-quote':
      return quoteFlow(node, context);
    case 'table':
      return tableFlow(node, context);
    case 'page-break':
      return [];
    default:
      return letterPartFlow(node, context, next);
  }
}

/** The body's flow blocks; a page break marks the block after it (or an empty paragraph) to start a page. */
export function bodyFlow(nodes: readonly ContentBlock[], context: InlineContext): FlowBlock[] {
  const out: FlowBlock[] = [];
  let breakPending = false;
  nodes.forEach((node, index) => {
    if (node.type === 'page-break') {
      breakPending = true;
      return;
    }
    const blocks = blockFlow(node, nodes[index + 1], context).map((block) => withNotes(block, context));
    // A table cannot start a page itself: the exporter puts an empty paragraph before it that does.
    if (breakPending && blocks[0]?.kind === 'table')
      out.push(paragraph([], { afterPt: 0, pageBreakBefore: true }));
    else if (breakPending && blocks[0]) blocks[0] = { ...blocks[0], pageBreakBefore: true };
    if (blocks.length > 0) breakPending = false;
    out.push(...blocks);
  });
  if (breakPending || out.length === 0)
    out.push(paragraph([], breakPending ? { pageBreakBefore: true } : {}));
  return out;
}
