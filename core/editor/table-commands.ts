// The table commands of the toolbar, as in Word: insert a table (rows × columns, a header row that repeats
// on every page of the export), move between cells with Tab and Shift+Tab (Tab in the last cell adds a row),
// insert and delete rows and columns, turn the header row on and off, delete the table.
import { Editor, Element, Node, Path, Transforms } from 'slate';
import type { NodeEntry } from 'slate';
import type { TableCellNode, TableNode, TableRowNode } from '../document/model';
import { insertBlocksAtCursor } from './insert-at-cursor';
import './slate-types';

const cell = (): TableCellNode => ({
  type: 'table-cell',
  children: [{ type: 'paragraph', children: [{ text: '' }] }],
});
const row = (columns: number, header = false): TableRowNode => ({
  type: 'table-row',
  ...(header ? { header: true } : {}),
  children: Array.from({ length: columns }, cell),
});

/** Most rows and columns the Insert table dialog offers: more is a spreadsheet, not a letter. */
export const TABLE_LIMITS = { rows: 200, columns: 10 } as const;

export function newTable(rows: number, columns: number, header: boolean): TableNode {
  const r = Math.min(Math.max(1, Math.floor(rows)), TABLE_LIMITS.rows);
  const c = Math.min(Math.max(1, Math.floor(columns)), TABLE_LIMITS.columns);
  return { type: 'table', children: Array.from({ length: r }, (_unused, i) => row(c, header && i === 0)) };
}

const isType =
  <T extends Element['type']>(type: T) =>
  (node: Node): node is Extract<Element, { type: T }> =>
    Element.isElement(node) && node.type === type;

export const isTable = isType('table');
export const isTableRow = isType('table-row');
export const isTableCell = isType('table-cell');

export const currentCell = (editor: Editor): NodeEntry<TableCellNode> | undefined =>
  editor.selection ? Editor.above(editor, { match: isTableCell, mode: 'lowest' }) : undefined;

export const currentTable = (editor: Editor): NodeEntry<TableNode> | undefined =>
  editor.selection ? Editor.above(editor, { match: isTable, mode: 'lowest' }) : undefined;

/**
 * Inserts a table at the cursor (splitting the paragraph there; without a cursor, at the end of the letter's
 * body) and puts the cursor in its first cell.
 */
export function insertTable(editor: Editor, rows: number, columns: number, header: boolean): void {
  insertBlocksAtCursor(editor, [newTable(rows, columns, header)]);
  // The cursor ends in the table just inserted.
  const table = currentTable(editor);
  if (table) Transforms.select(editor, Editor.start(editor, table[1]));
}

/** Selects the whole text of a cell, as Word does when Tab arrives in it. */
function selectCell(editor: Editor, path: Path): void {
  Transforms.select(editor, Editor.range(editor, path));
}

/**
 * Tab / Shift+Tab in a table: the next or previous cell, row by row; Tab in the last cell adds a row.
 * False outside a table (Tab then does what it does elsewhere).
 */
export function moveToCell(editor: Editor, direction: 1 | -1): boolean {
  const here = currentCell(editor);
  const table = currentTable(editor);
  if (!here || !table) return false;
  const cells = Array.from(Editor.nodes(editor, { at: table[1], match: isTableCell })).map(([, p]) => p);
  const index = cells.findIndex((p) => Path.equals(p, here[1]));
  const target = cells[index + direction];
  if (target) {
    selectCell(editor, target);
    return true;
  }
  if (direction === -1) return true; // first cell: stay, as Word does
  const lastRow = table[0].children.length - 1;
  insertRow(editor, 'below', [...table[1], lastRow]);
  selectCell(editor, [...table[1], lastRow + 1, 0]);
  return true;
}

function rowPath(editor: Editor, at?: Path): Path | undefined {
  if (at) return at;
  const entry = editor.selection ? Editor.above(editor, { match: isTableRow, mode: 'lowest' }) : undefined;
  return entry?.[1];
}

/** A new empty row above or below the cursor's row (never a second header row). */
export function insertRow(editor: Editor, where: 'above' | 'below', at?: Path): boolean {
  const path = rowPath(editor, at);
  if (!path) return false;
  const current = Node.get(editor, path) as TableRowNode;
  const fresh = row(current.children.length);
  Transforms.insertNodes(editor, fresh, { at: where === 'above' ? path : Path.next(path) });
  // A row put above the header row becomes the header, so the header stays the table's first row.
  if (where === 'above' && current.header) {
    Transforms.unsetNodes(editor, 'header', { at: Path.next(path) });
    Transforms.setNodes(editor, { header: true }, { at: path });
  }
  return true;
}

/** Deletes the cursor's row; the last row takes the table with it. */
export function deleteRow(editor: Editor): boolean {
  const path = rowPath(editor);
  const table = currentTable(editor);
  if (!path || !table) return false;
  if (table[0].children.length === 1) return deleteTable(editor);
  const next = path[path.length - 1]! < table[0].children.length - 1 ? path : Path.previous(path);
  Transforms.removeNodes(editor, { at: path });
  Transforms.select(editor, Editor.start(editor, next));
  return true;
}

/** A new empty column left or right of the cursor's column, in every row. */
export function insertColumn(editor: Editor, where: 'left' | 'right'): boolean {
  const here = currentCell(editor);
  const table = currentTable(editor);
  if (!here || !table) return false;
  const column = here[1][here[1].length - 1]! + (where === 'right' ? 1 : 0);
  Editor.withoutNormalizing(editor, () => {
    table[0].children.forEach((tableRow, r) => {
      const at = Math.min(column, tableRow.children.length);
      Transforms.insertNodes(editor, cell(), { at: [...table[1], r, at] });
    });
  });
  return true;
}

/** Deletes the cursor's column from every row; the last column takes the table with it. */
export function deleteColumn(editor: Editor): boolean {
  const here = currentCell(editor);
  const table = currentTable(editor);
  if (!here || !table) return false;
  const column = here[1][here[1].length - 1]!;
  const widest = Math.max(...table[0].children.map((r) => r.children.length));
  if (widest <= 1) return deleteTable(editor);
  const rowIndex = here[1][here[1].length - 2]!;
  Editor.withoutNormalizing(editor, () => {
    table[0].children.forEach((tableRow, r) => {
      if (column < tableRow.children.length) Transforms.removeNodes(editor, { at: [...table[1], r, column] });
    });
  });
  const left = Math.max(0, column - 1);
  Transforms.select(editor, Editor.start(editor, [...table[1], rowIndex, left]));
  return true;
}

/** Whether the table's first row is a header row (bold, shaded, repeated at the top of every page). */
export const hasHeaderRow = (table: TableNode): boolean => table.children[0]?.header === true;

export function toggleHeaderRow(editor: Editor): boolean {
  const table = currentTable(editor);
  if (!table) return false;
  const first = [...table[1], 0];
  if (hasHeaderRow(table[0])) Transforms.unsetNodes(editor, 'header', { at: first });
  else Transforms.setNodes(editor, { header: true }, { at: first });
  return true;
}

/** Deletes the whole table; the cursor goes to where it stood. */
export function deleteTable(editor: Editor): boolean {
  const table = currentTable(editor);
  if (!table) return false;
  Transforms.removeNodes(editor, { at: table[1] });
  Transforms.select(
    editor,
    Node.has(editor, table[1]) ? Editor.start(editor, table[1]) : Editor.end(editor, []),
  );
  return true;
}
