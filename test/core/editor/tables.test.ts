import { describe, expect, it } from 'vitest';
import { Editor, Node, Transforms } from 'slate';
import { withHistory } from 'slate-history';
import type { TableNode } from '../../../core/document/model';
import {
  deleteColumn,
  deleteRow,
  deleteTable,
  insertColumn,
  insertRow,
  insertTable,
  moveToCell,
  toggleHeaderRow,
} from '../../../core/editor/table-commands';
import { editorWith, p } from './editor-fixture';

/** A table as rows of cell texts, with "*" before a header row. */
function grid(table: unknown): string[] {
  return (table as TableNode).children.map(
    (row) =>
      (row.header ? '*' : '') +
      row.children
        .map((cell) => cell.children.map((paragraph) => Node.string(paragraph)).join('/'))
        .join('|'),
  );
}

const tableOf = (rows: string[][], header = true): TableNode => ({
  type: 'table',
  children: rows.map((cells, i) => ({
    type: 'table-row',
    ...(header && i === 0 ? { header: true } : {}),
    children: cells.map((text) => ({ type: 'table-cell', children: [p(text)] })),
  })),
});

describe('inserting a table', () => {
  it('splits the paragraph at the cursor, with a header row, and puts the cursor in the first cell', () => {
    const editor = editorWith([p('Before after')], { path: [0, 0], offset: 7 });
    insertTable(editor, 2, 3, true);
    expect(editor.children.map((b) => (b as { type: string }).type)).toEqual([
      'paragraph',
      'table',
      'paragraph',
    ]);
    expect(grid(editor.children[1])).toEqual(['*||', '||']);
    expect(editor.selection?.anchor.path).toEqual([1, 0, 0, 0, 0]);
    Editor.insertText(editor, 'No.');
    expect(grid(editor.children[1])[0]).toBe('*No.||');
  });

  it('at the end of the letter leaves a paragraph after it to type in, and one Undo takes it out', () => {
    const editor = withHistory(editorWith([p('')], { path: [0, 0], offset: 0 }));
    insertTable(editor, 1, 1, false);
    expect(editor.children.map((b) => (b as { type: string }).type)).toEqual(['table', 'paragraph']);
    editor.undo();
    expect(editor.children).toEqual([p('')]);
  });
});

describe('moving with Tab', () => {
  it('goes cell by cell and row by row, selecting the cell; Tab in the last cell adds a row', () => {
    const editor = editorWith(
      [
        tableOf([
          ['A', 'B'],
          ['C', 'D'],
        ]),
        p(''),
      ],
      { path: [0, 0, 0, 0, 0], offset: 0 },
    );
    moveToCell(editor, 1);
    expect(Editor.string(editor, editor.selection!)).toBe('B');
    moveToCell(editor, 1);
    expect(Editor.string(editor, editor.selection!)).toBe('C');
    moveToCell(editor, -1);
    expect(Editor.string(editor, editor.selection!)).toBe('B');
    Transforms.select(editor, { path: [0, 1, 1, 0, 0], offset: 1 });
    moveToCell(editor, 1);
    expect(grid(editor.children[0])).toEqual(['*A|B', 'C|D', '|']);
    expect(editor.selection?.anchor.path).toEqual([0, 2, 0, 0, 0]);
    expect(moveToCell(editorWith([p('x')], { path: [0, 0], offset: 0 }), 1)).toBe(false);
  });
});

describe('rows, columns and the header row', () => {
  const start = () =>
    editorWith(
      [
        tableOf([
          ['A', 'B'],
          ['C', 'D'],
        ]),
        p(''),
      ],
      { path: [0, 1, 0, 0, 0], offset: 0 },
    );

  it('inserts and deletes rows', () => {
    const editor = start();
    insertRow(editor, 'below');
    insertRow(editor, 'above');
    expect(grid(editor.children[0])).toEqual(['*A|B', '|', 'C|D', '|']);
    deleteRow(editor);
    expect(grid(editor.children[0])).toEqual(['*A|B', '|', '|']);
  });

  it('a row inserted above the header row becomes the header', () => {
    const editor = editorWith([tableOf([['A', 'B']]), p('')], { path: [0, 0, 0, 0, 0], offset: 0 });
    insertRow(editor, 'above');
    expect(grid(editor.children[0])).toEqual(['*|', 'A|B']);
  });

  it('inserts and deletes columns in every row', () => {
    const editor = start();
    insertColumn(editor, 'right');
    insertColumn(editor, 'left');
    expect(grid(editor.children[0])).toEqual(['*|A||B', '|C||D']);
    Transforms.select(editor, { path: [0, 1, 3, 0, 0], offset: 0 });
    deleteColumn(editor);
    expect(grid(editor.children[0])).toEqual(['*|A|', '|C|']);
  });

  it('turns the header row off and on; deleting the last row or column deletes the table', () => {
    const editor = start();
    toggleHeaderRow(editor);
    expect(grid(editor.children[0])).toEqual(['A|B', 'C|D']);
    toggleHeaderRow(editor);
    expect(grid(editor.children[0])).toEqual(['*A|B', 'C|D']);
    const single = editorWith([p('x'), tableOf([['only']]), p('y')], { path: [1, 0, 0, 0, 0], offset: 0 });
    deleteColumn(single);
    expect(single.children).toEqual([p('x'), p('y')]);
    deleteTable(start());
  });
});

describe('typing keeps the grid', () => {
  it('Backspace at the start of a cell and Delete at its end do nothing', () => {
    const editor = editorWith([tableOf([['A', 'B']]), p('')], { path: [0, 0, 1, 0, 0], offset: 0 });
    editor.deleteBackward('character');
    Transforms.select(editor, { path: [0, 0, 0, 0, 0], offset: 1 });
    editor.deleteForward('character');
    expect(grid(editor.children[0])).toEqual(['*A|B']);
  });

  it('deleting or typing over a selection across cells empties each cell, never merging them', () => {
    const editor = editorWith([
      p('Intro'),
      tableOf([
        ['Alpha', 'Beta'],
        ['Gamma', 'Delta'],
      ]),
      p(''),
    ]);
    Transforms.select(editor, {
      anchor: { path: [1, 0, 0, 0, 0], offset: 2 },
      focus: { path: [1, 1, 0, 0, 0], offset: 3 },
    });
    editor.deleteFragment();
    expect(grid(editor.children[1])).toEqual(['*Al|', 'ma|Delta']);
    Transforms.select(editor, {
      anchor: { path: [0, 0], offset: 2 },
      focus: { path: [1, 0, 0, 0, 0], offset: 1 },
    });
    Editor.insertText(editor, 'X');
    expect(editor.children[0]).toEqual(p('InX'));
    expect(grid(editor.children[1])).toEqual(['*l|', 'ma|Delta']);
  });

  it('Backspace after a table removes an empty paragraph and never pulls text into the table', () => {
    const editor = editorWith([tableOf([['A']]), p('after'), p('')], { path: [1, 0], offset: 0 });
    editor.deleteBackward('character');
    expect(editor.children[1]).toEqual(p('after'));
    expect(editor.selection?.anchor.path).toEqual([0, 0, 0, 0, 0]);
    const empty = editorWith([tableOf([['A']]), p(''), p('end')], { path: [1, 0], offset: 0 });
    empty.deleteBackward('character');
    expect(empty.children.slice(1)).toEqual([p('end')]);
  });

  it('pads a short row with empty cells', () => {
    const ragged = tableOf([['A', 'B'], ['C']]);
    const editor = editorWith([ragged, p('')]);
    expect(grid(editor.children[0])).toEqual(['*A|B', 'C|']);
  });
});
