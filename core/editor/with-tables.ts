// Tables keep their grid while the user types, as in Word: Backspace at the start of a cell and Delete at its
// end do not pull text across cells, deleting a selection that spans cells empties what it covers in each
// cell instead of merging them, and every row has as many cells as the widest (a cell, a paragraph).
import { Editor, Element, Node, Point, Range, Text, Transforms } from 'slate';
import type { NodeEntry, Path } from 'slate';
import type { TableCellNode } from '../document/model';
import { isTable, isTableCell, isTableRow } from './table-commands';
import './slate-types';

const emptyCell = (): TableCellNode => ({
  type: 'table-cell',
  children: [{ type: 'paragraph', children: [{ text: '' }] }],
});

function normalizeTable(editor: Editor, [node, path]: NodeEntry): boolean {
  if (!isTable(node)) return false;
  if (node.children.length === 0) {
    Transforms.removeNodes(editor, { at: path });
    return true;
  }
  for (const [index, child] of (node.children as Node[]).entries()) {
    if (!isTableRow(child)) {
      // Something else landed in the table (a pasted paragraph): it becomes a row of one cell.
      Transforms.wrapNodes(editor, { type: 'table-cell', children: [] }, { at: [...path, index] });
      Transforms.wrapNodes(editor, { type: 'table-row', children: [] }, { at: [...path, index] });
      return true;
    }
  }
  const widest = Math.max(...node.children.map((row) => row.children.length));
  for (const [index, row] of node.children.entries()) {
    if (row.children.length < widest) {
      const cells = Array.from({ length: widest - row.children.length }, emptyCell);
      Transforms.insertNodes(editor, cells, { at: [...path, index, row.children.length] });
      return true;
    }
  }
  return false;
}

function normalizeRow(editor: Editor, [node, path]: NodeEntry): boolean {
  if (!isTableRow(node)) return false;
  if (node.children.length === 0) {
    Transforms.removeNodes(editor, { at: path });
    return true;
  }
  for (const [index, child] of (node.children as Node[]).entries()) {
    if (!isTableCell(child)) {
      const inline = Text.isText(child) || (Element.isElement(child) && Editor.isInline(editor, child));
      if (inline) Transforms.wrapNodes(editor, { type: 'paragraph', children: [] }, { at: [...path, index] });
      Transforms.wrapNodes(editor, { type: 'table-cell', children: [] }, { at: [...path, index] });
      return true;
    }
  }
  return false;
}

const cellAt = (editor: Editor, at: Point | Path) =>
  Editor.above(editor, { at, match: isTableCell, mode: 'lowest' });

/** Deletes a selection that spans cells (or runs into a table) piece by piece, never merging two cells. */
function deleteAcrossCells(editor: Editor, range: Range): boolean {
  const [start, end] = Range.edges(range);
  const startCell = cellAt(editor, start);
  const endCell = cellAt(editor, end);
  if (!startCell && !endCell) {
    const crossesTable = Array.from(Editor.nodes(editor, { at: range, match: isTable })).length > 0;
    if (!crossesTable) return false;
  } else if (startCell && endCell && startCell[1].join() === endCell[1].join()) return false;
  // Each cell's share of the selection, and each stretch outside tables, deleted on its own, last first.
  const pieces: Range[] = [];
  for (const [block, path] of Editor.nodes(editor, { at: range, match: (_n, p) => p.length === 1 })) {
    const parts = isTable(block)
      ? Array.from(Editor.nodes(editor, { at: path, match: isTableCell })).map(([, cellPath]) => cellPath)
      : [path];
    for (const part of parts) {
      const piece = Range.intersection(range, Editor.range(editor, part));
      if (piece && Range.isExpanded(piece)) pieces.push(piece);
    }
  }
  const refs = pieces.map((piece) => Editor.rangeRef(editor, piece));
  const caret = Editor.pointRef(editor, start);
  Editor.withoutNormalizing(editor, () => {
    for (const ref of refs.reverse()) if (ref.current) Transforms.delete(editor, { at: ref.current });
  });
  refs.forEach((ref) => ref.unref());
  const at = caret.unref();
  if (at) Transforms.select(editor, at);
  return true;
}

/** The top-level block before or after the cursor's, when the cursor is at that edge of its own top block. */
function tableBeside(editor: Editor, point: Point, side: 'before' | 'after'): Path | undefined {
  const top = point.path.slice(0, 1);
  const edge = side === 'before' ? Editor.start(editor, top) : Editor.end(editor, top);
  if (!Point.equals(point, edge) || cellAt(editor, point)) return undefined;
  const index = top[0]! + (side === 'before' ? -1 : 1);
  const beside = editor.children[index];
  return beside && isTable(beside) ? [index] : undefined;
}

export function withTables<T extends Editor>(editor: T): T {
  const { normalizeNode, deleteBackward, deleteForward, deleteFragment } = editor;
  const { insertText, insertBreak, insertFragment } = editor;

  /** Typing over a selection that spans cells empties them first, the way Delete would. */
  const clearAcrossCells = () => {
    const { selection } = editor;
    if (selection && Range.isExpanded(selection)) deleteAcrossCells(editor, selection);
  };
  editor.insertText = (text, options) => {
    clearAcrossCells();
    insertText(text, options);
  };
  editor.insertBreak = () => {
    clearAcrossCells();
    insertBreak();
  };
  editor.insertFragment = (fragment, options) => {
    clearAcrossCells();
    insertFragment(fragment, options);
  };

  editor.normalizeNode = (entry, options) => {
    if (normalizeTable(editor, entry) || normalizeRow(editor, entry)) return;
    normalizeNode(entry, options);
  };

  editor.deleteBackward = (unit) => {
    const { selection } = editor;
    const cell = selection && Range.isCollapsed(selection) ? cellAt(editor, selection.anchor) : undefined;
    if (cell && selection && Point.equals(selection.anchor, Editor.start(editor, cell[1]))) return;
    // Backspace just after a table: an empty paragraph goes away, text never moves into the last cell.
    const table =
      selection && Range.isCollapsed(selection) && tableBeside(editor, selection.anchor, 'before');
    if (table) {
      const top = selection.anchor.path.slice(0, 1);
      const block = Node.get(editor, top);
      if (Element.isElement(block) && Editor.isEmpty(editor, block) && editor.children.length > top[0]! + 1)
        Transforms.removeNodes(editor, { at: top });
      Transforms.select(editor, Editor.end(editor, table));
      return;
    }
    deleteBackward(unit);
  };

  editor.deleteForward = (unit) => {
    const { selection } = editor;
    const cell = selection && Range.isCollapsed(selection) ? cellAt(editor, selection.anchor) : undefined;
    if (cell && selection && Point.equals(selection.anchor, Editor.end(editor, cell[1]))) return;
    if (selection && Range.isCollapsed(selection) && tableBeside(editor, selection.anchor, 'after')) return;
    deleteForward(unit);
  };

  editor.deleteFragment = (options) => {
    const { selection } = editor;
    if (selection && Range.isExpanded(selection) && deleteAcrossCells(editor, selection)) return;
    deleteFragment(options);
  };
  return editor;
}
