// GFM tables: the first row is the header (repeated on every page); column alignment goes on each cell.
import type { Table } from 'mdast';
import type { Alignment, TableNode } from '../model';
import type { ConvertContext } from './convert-context';
import { inlineChildren } from './inline';

export function tableBlock(table: Table, context: ConvertContext): TableNode {
  const aligns = table.align ?? [];
  return {
    type: 'table',
    children: table.children.map((row, rowIndex) => ({
      type: 'table-row',
      ...(rowIndex === 0 ? { header: true } : {}),
      children: row.children.map((cell, column) => {
        const align: Alignment | null | undefined = aligns[column];
        return {
          type: 'table-cell',
          ...(align ? { align } : {}),
          children: [{ type: 'paragraph', children: inlineChildren(cell.children, context) }],
        };
      }),
    })),
  };
}
