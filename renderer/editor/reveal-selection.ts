// After the library panel inserts a quotation or a reference, the page scrolls to it, so the user sees
// where it went without the focus leaving the panel.
import { Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import type { DeskEditor } from './slate-editor-type';

export function revealSelection(editor: DeskEditor): void {
  const selection = editor.selection;
  if (!selection) return;
  requestAnimationFrame(() => {
    try {
      const [block] = Editor.node(editor, [selection.focus.path[0] ?? 0]);
      ReactEditor.toDOMNode(editor, block).scrollIntoView({ block: 'nearest' });
    } catch {
      // The block was edited away before the frame; nothing to show.
    }
  });
}
