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

/** A cell's side margins. */
const CELL_MARGINS = 216;
/** Tables with more columns than this (a privilege log) are set in 10 point so their words fit. */
const DENSE_COLUMNS = 5;
const DENSE_SIZE = 20;
/** Rough width of one character in twips, at 12 and at 10 point Times (10 point: room for "Memorandum"). */
const charWidth = (dense: boolean) => (dense ? 118 : 120);
const isDense = (rows: readonly TableRowNode[]) =>
  Math.max(0, ...rows.map((row) => row.children.length)) > DENSE_COLUMNS;

interface ColumnNeed {
  /** Room for the longest word, which cannot wrap. */
  least: number;
  /** Room for the longest cell on one line, up to a sensible limit. */
  wanted: number;
}

function columnNeed(rows: readonly TableRowNode[], column: number): ColumnNeed {
  const texts = rows.flatMap(
    (row) => row.children[column]?.children.map((paragraph) => inlineText(paragraph.children)) ?? [],
  );
  // A line can break at a space or after a hyphen, so the unbreakable pieces are the ones between those.
  const longestWord = Math.max(
    3,
    ...texts.flatMap((text) => text.split(/\s+|(?<=-)/).map((word) => word.length)),
  );
  const CHAR = charWidth(isDense(rows));
  const longestText = Math.max(3, ...texts.map((text) => text.length));
  const least = Math.min(longestWord, 16) * CHAR + CELL_MARGINS;
  return { least, wanted: Math.max(least, Math.min(longestText, 45) * CHAR + CELL_MARGINS) };
}

/** Every column gets room for its longest word; what is left goes to the columns with the most to say. */
export function columnWidths(rows: readonly TableRowNode[]): number[] {
  const count = Math.max(1, ...rows.map((row) => row.children.length));
  const needs = Array.from({ length: count }, (_unused, column) => columnNeed(rows, column));
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const least = sum(needs.map((need) => need.least));
  const wanted = sum(needs.map((need) => need.wanted));
  let widths: number[];
  if (least >= TEXT_WIDTH) widths = needs.map((need) => (need.least * TEXT_WIDTH) / least);
  else if (wanted <= TEXT_WIDTH) widths = needs.map((need) => (need.wanted * TEXT_WIDTH) / wanted);
  else {
    const spare = TEXT_WIDTH - least;
    widths = needs.map((need) => need.least + (spare * (need.wanted - need.least)) / (wanted - least));
  }
  const whole = widths.map(Math.floor);
  whole[whole.length - 1]! += TEXT_WIDTH - sum(whole);
  return whole;
}

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
