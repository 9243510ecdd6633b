// Fast path for a simple GFM table: every row between outer pipes, a delimiter row, the same number of cells
// in every row, and plain prose in each cell. Anything else goes to the parser.
import type { Alignment, TableNode } from '../model';
import type { ConvertContext } from './convert-context';
import { proseInlines } from './plain-prose';

const ROW = /^\|(.*)\|[ \t]*$/;
const DELIMITER_CELL = /^[ \t]*(:?)-+(:?)[ \t]*$/;

const cellsOf = (line: string): string[] | undefined => ROW.exec(line)?.[1]!.split('|');

function alignment(cell: string): Alignment | null | undefined {
  const match = DELIMITER_CELL.exec(cell);
  if (!match) return undefined;
  if (match[1] && match[2]) return 'center';
  if (match[1]) return 'left';
  return match[2] ? 'right' : null;
}

export function plainTable(lines: readonly string[], context: ConvertContext): TableNode | undefined {
  const [header, delimiter, ...body] = lines;
  if (header === undefined || delimiter === undefined) return undefined;
  const aligns = cellsOf(delimiter)?.map(alignment);
  if (!aligns || aligns.some((align) => align === undefined)) return undefined;
  const rows: TableNode['children'] = [];
  for (const [index, line] of [header, ...body].entries()) {
    const cells = cellsOf(line);
    if (!cells || cells.length !== aligns.length) return undefined;
    const children: TableNode['children'][number]['children'] = [];
    for (const [column, cell] of cells.entries()) {
      const inlines = proseInlines(cell.trim(), context);
      if (!inlines) return undefined;
      const align = aligns[column];
      children.push({
        type: 'table-cell',
        ...(align ? { align } : {}),
        children: [{ type: 'paragraph', children: inlines }],
      });
    }
    rows.push({ type: 'table-row', ...(index === 0 ? { header: true } : {}), children });
  }
  return { type: 'table', children: rows };
}
