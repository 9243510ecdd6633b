// The right-click menu in the draft's ordinary text, in browser mode: Cut, Copy, Paste and Paste as plain
// text. Right-clicking again opens the browser's own menu, with its spelling suggestions. The desktop app's
// menu (with the spellchecker's suggestions) comes from the main process instead; a field chip has its own.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import { Range, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import { store } from '../app/desk-store';
import type { DeskEditor } from './slate-editor-type';
import './text-menu.css';

type Where = { x: number; y: number };

/** Puts clipboard content into the draft the way a paste does (HTML from Word keeps its formatting). */
async function pasteFromClipboard(editor: DeskEditor, plain: boolean): Promise<void> {
  const data = new DataTransfer();
  try {
    if (plain) data.setData('text/plain', await navigator.clipboard.readText());
    else {
      for (const item of await navigator.clipboard.read()) {
        for (const type of item.types.filter((t) => t === 'text/html' || t === 'text/plain'))
          data.setData(type, await (await item.getType(type)).text());
      }
    }
  } catch {
    store.alert(
      'The browser did not let Counsel Desk read the clipboard: paste with Ctrl+V (Ctrl+Shift+V for plain text).',
    );
    return;
  }
  ReactEditor.focus(editor);
  ReactEditor.insertData(editor, data);
}

/** Cut and Copy go through the editor's own clipboard handling, with its selection back in place. */
function clipboardCommand(editor: DeskEditor, command: 'cut' | 'copy'): void {
  ReactEditor.focus(editor);
  document.execCommand(command);
}

export function useTextMenu(editor: DeskEditor) {
  const [where, setWhere] = useState<Where | null>(null);
  const onContextMenu = (event: MouseEvent) => {
    // The desktop app's main process shows its menu; a chip's own menu already took the click.
    if (store.get().mode === 'electron' || event.defaultPrevented) return;
    if (where) {
      setWhere(null); // a second right-click: the browser's menu, with spelling suggestions
      return;
    }
    event.preventDefault();
    // The editor learns of a selection made with the mouse a moment later; a right-click straight after a
    // double-click must still find the words selected, so the browser's selection is taken over now.
    const dom = window.getSelection();
    if (dom && dom.rangeCount > 0 && !dom.isCollapsed) {
      const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
      if (range) Transforms.select(editor, range);
    }
    const caret = window.getSelection()?.rangeCount
      ? window.getSelection()!.getRangeAt(0).getBoundingClientRect()
      : null;
    // The context-menu key and Shift+F10 report no pointer position: the menu opens at the caret.
    const x = event.clientX || caret?.left || 0;
    const y = event.clientY || caret?.bottom || 0;
    setWhere({ x, y });
  };
  const menu = where ? <TextMenu editor={editor} where={where} onClose={() => setWhere(null)} /> : null;
  return { onContextMenu, menu };
}

function TextMenu({ editor, where, onClose }: { editor: DeskEditor; where: Where; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const selected = editor.selection !== null && Range.isExpanded(editor.selection);
  const [place, setPlace] = useState(where);
  useLayoutEffect(() => {
    // Kept inside the window: near its bottom or right edge the menu opens upward or leftward.
    const box = ref.current?.getBoundingClientRect();
    if (!box) return;
    setPlace({
      x: Math.max(4, Math.min(where.x, window.innerWidth - box.width - 4)),
      y: where.y + box.height > window.innerHeight - 4 ? Math.max(4, where.y - box.height) : where.y,
    });
  }, [where]);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
  }, []);
  const run = (action: () => unknown) => () => {
    onClose();
    void action();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const items = [
      ...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? []),
    ];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      ReactEditor.focus(editor);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    }
  };
  const item = (label: string, action: () => unknown, enabled = true) => (
    <button type="button" role="menuitem" disabled={!enabled} onClick={run(action)}>
      {label}
    </button>
  );
  return (
    <div
      ref={ref}
      className="text-menu"
      style={{ left: place.x, top: place.y }}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!ref.current?.contains(event.relatedTarget as Node | null)) onClose();
      }}
    >
      <div role="menu" aria-label="Edit">
        {item('Cut', () => clipboardCommand(editor, 'cut'), selected)}
        {item('Copy', () => clipboardCommand(editor, 'copy'), selected)}
        {item('Paste', () => pasteFromClipboard(editor, false))}
        {item('Paste as plain text', () => pasteFromClipboard(editor, true))}
      </div>
      <p className="text-menu-note">Right-click again for the browser’s menu, with spelling suggestions.</p>
    </div>
  );
}
