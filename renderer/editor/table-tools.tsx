// The toolbar's table tools: "Insert table" asks for rows × columns (and a header row, repeated at the top
// of every page of the export); "Table" (in a table) inserts and deletes rows and columns, turns the header
// row on and off, or deletes the table. Both keep the editor's cursor and give the keyboard back to it.
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { ReactEditor, useSlate } from 'slate-react';
import {
  TABLE_LIMITS,
  currentTable,
  deleteColumn,
  deleteRow,
  deleteTable,
  hasHeaderRow,
  insertColumn,
  insertRow,
  insertTable,
  toggleHeaderRow,
} from '../../core/editor/table-commands';
import type { DeskEditor } from './slate-editor-type';
import { TableGlyph } from './insert-icons';
import './table-tools.css';

function Popover({
  label,
  role,
  onClose,
  children,
}: {
  label: string;
  role: 'dialog' | 'menu';
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };
  return (
    <div ref={ref} className="table-popover" role={role} aria-label={label} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}

function InsertTableDialog({
  onDone,
}: {
  onDone: (size?: { rows: number; columns: number; header: boolean }) => void;
}) {
  const [rows, setRows] = useState(3);
  const [columns, setColumns] = useState(3);
  const [header, setHeader] = useState(true);
  const number = (label: string, value: number, set: (n: number) => void, max: number) => (
    <label className="table-field">
      {label}
      <input
        type="number"
        min={1}
        max={max}
        value={value}
        onChange={(event) => set(Math.min(max, Math.max(1, Number(event.target.value) || 1)))}
      />
    </label>
  );
  return (
    <Popover label="Insert table" role="dialog" onClose={() => onDone()}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onDone({ rows, columns, header });
        }}
      >
        {number('Rows', rows, setRows, TABLE_LIMITS.rows)}
        {number('Columns', columns, setColumns, TABLE_LIMITS.columns)}
        <label className="table-check">
          <input type="checkbox" checked={header} onChange={(event) => setHeader(event.target.checked)} />
          Header row (repeats on every page)
        </label>
        <div className="table-actions">
          <button type="submit" className="button button--primary">
            Insert
          </button>
          <button type="button" className="button" onClick={() => onDone()}>
            Cancel
          </button>
        </div>
      </form>
    </Popover>
  );
}

type Command = (editor: DeskEditor) => unknown;

export function TableTools() {
  const editor = useSlate();
  const [open, setOpen] = useState<'insert' | 'menu' | null>(null);
  const table = currentTable(editor);
  const back = () => {
    setOpen(null);
    ReactEditor.focus(editor);
  };
  const item = (label: string, command: Command, checked?: boolean) => (
    <button
      type="button"
      role={checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
      aria-checked={checked}
      onClick={() => {
        command(editor);
        back();
      }}
    >
      {label}
    </button>
  );
  return (
    <span className="table-tools">
      <button
        type="button"
        className="tool"
        aria-label="Insert table"
        aria-expanded={open === 'insert'}
        title="Insert table"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen(open === 'insert' ? null : 'insert')}
      >
        <TableGlyph />
      </button>
      <button
        type="button"
        className="tool tool--text"
        aria-label="Table"
        aria-haspopup="menu"
        aria-expanded={open === 'menu'}
        title="Rows, columns and the header row of this table"
        disabled={!table}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen(open === 'menu' ? null : 'menu')}
      >
        Table ▾
      </button>
      {open === 'insert' && (
        <InsertTableDialog
          onDone={(size) => {
            if (size) insertTable(editor, size.rows, size.columns, size.header);
            back();
          }}
        />
      )}
      {open === 'menu' && table && (
        <Popover label="Table" role="menu" onClose={back}>
          {item('Insert row above', (e) => insertRow(e, 'above'))}
          {item('Insert row below', (e) => insertRow(e, 'below'))}
          {item('Insert column left', (e) => insertColumn(e, 'left'))}
          {item('Insert column right', (e) => insertColumn(e, 'right'))}
          {item('Delete row', deleteRow)}
          {item('Delete column', deleteColumn)}
          {item('Header row', toggleHeaderRow, hasHeaderRow(table[0]))}
          {item('Delete table', deleteTable)}
        </Popover>
      )}
    </span>
  );
}
