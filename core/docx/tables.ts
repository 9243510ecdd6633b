// Tables: Word's Table Grid style plus explicit borders (for readers that ignore table styles), a header
// row that repeats on every page the table spans, and columns sized by their content.
import { BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { TableNode, TableRowNode } from '../document/model';
import { alignmentOf } from './alignment';
import { makeParagraph } from './block-context';
import type { BlockContext } from './block-context';
import { paragraphRuns } from './inline-runs';
import { STYLE_IDS } from './styles';
import { DENSE_SIZE, TEXT_WIDTH, columnWidths, isDense } from './column-widths';

export { columnWidths } from './column-widths';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

function rowOf(
  row: TableRowNode,
  widths: readonly number[],
  dense: boolean,
  context: BlockContext,
): TableRow {
  const cells = widths.map((width, column) => {
    const cell = row.children[column];
    const paragraphs = (cell?.children ?? []).map(
      (paragraph) =>
        new Paragraph({
          style: STYLE_IDS.normal,
          spacing: { before: 40, after: 40 },
          // Only the header row says anything: "keep with next" off is Word's default, not worth an element per cell.
          ...(row.header ? { keepNext: true } : {}),
          children: paragraphRuns(paragraph.children, context, {
            ...(row.header ? { bold: true } : {}),
            ...(dense ? { size: DENSE_SIZE } : {}),
          }),
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
  return new TableRow({ children: cells, ...(row.header ? { tableHeader: true } : {}), cantSplit: true });
}

export function tableBlocks(table: TableNode, context: BlockContext): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  // A table cannot carry "page break before", so a waiting page break gets its own paragraph.
  if (context.pageBreakPending) out.push(makeParagraph(context, { spacing: { after: 0 } }));
  if (table.children.length === 0) return out;
  const widths = columnWidths(table.children);
  const dense = isDense(table.children);
  out.push(
    new Table({
      style: STYLE_IDS.table,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      borders: BORDERS,
      rows: table.children.map((row) => rowOf(row, widths, dense, context)),
    }),
  );
  // Word needs a paragraph between two tables, and a letter needs a blank line after one.
  out.push(new Paragraph({ spacing: { after: 0 } }));
  return out;
}
