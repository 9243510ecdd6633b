// Tables: Word's Table Grid style plus explicit borders (for readers that ignore table styles), a header
// row that repeats on every page the table spans, and columns sized by their content.
import { BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { TableNode, TableRowNode } from '../document/model';
import { alignmentOf } from './alignment';
import { makeParagraph } from './block-context';
import type { BlockContext } from './block-context';
import { inlineText, paragraphRuns } from './inline-runs';
import { STYLE_IDS, TWIPS_PER_INCH } from './styles';

/** Width between 1-inch margins on US Letter. */
const TEXT_WIDTH = TWIPS_PER_INCH * 6.5;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

/** Columns share the width by the length of their longest cell, within limits so no column is starved. */
export function columnWidths(rows: readonly TableRowNode[]): number[] {
  const count = Math.max(1, ...rows.map((row) => row.children.length));
  const weights = Array.from({ length: count }, (_unused, column) => {
    const longest = Math.max(0, ...rows.map((row) => cellLength(row, column)));
    return Math.min(Math.max(longest, 6), 40);
  });
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const widths = weights.map((weight) => Math.floor((TEXT_WIDTH * weight) / total));
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((sum, width) => sum + width, 0);
  return widths;
}

function cellLength(row: TableRowNode, column: number): number {
  const cell = row.children[column];
  if (!cell) return 0;
  return Math.max(0, ...cell.children.map((paragraph) => inlineText(paragraph.children).length));
}

function rowOf(row: TableRowNode, widths: readonly number[], context: BlockContext): TableRow {
  const cells = widths.map((width, column) => {
    const cell = row.children[column];
    const paragraphs = (cell?.children ?? []).map(
      (paragraph) =>
        new Paragraph({
          style: STYLE_IDS.normal,
          spacing: { before: 40, after: 40 },
          keepNext: row.header === true,
          children: paragraphRuns(paragraph.children, context, row.header ? { bold: true } : {}),
          ...(paragraph.align || cell?.align
            ? { alignment: alignmentOf(paragraph.align ?? cell!.align!) }
            : {}),
        }),
    );
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      // A cell must hold a paragraph, even an empty one.
      children: paragraphs.length > 0 ? paragraphs : [new Paragraph({ spacing: { before: 40, after: 40 } })],
      ...(row.header ? { shading: { fill: 'E7E6E6' } } : {}),
    });
  });
  return new TableRow({ children: cells, tableHeader: row.header === true, cantSplit: true });
}

export function tableBlocks(table: TableNode, context: BlockContext): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  // A table cannot carry "page break before", so a waiting page break gets its own paragraph.
  if (context.pageBreakPending) out.push(makeParagraph(context, { spacing: { after: 0 } }));
  if (table.children.length === 0) return out;
  const widths = columnWidths(table.children);
  out.push(
    new Table({
      style: STYLE_IDS.table,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      borders: BORDERS,
      rows: table.children.map((row) => rowOf(row, widths, context)),
    }),
  );
  // Word needs a paragraph between two tables, and a letter needs a blank line after one.
  out.push(new Paragraph({ spacing: { after: 0 } }));
  return out;
}
