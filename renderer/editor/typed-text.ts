// Typed characters go straight into the Slate model instead of letting Chrome insert them natively first.
// Chrome's native insertion (its TypingCommand) costs ~10 ms per keystroke in a 300-page contenteditable,
// which alone breaks the one-frame budget; a model insert re-renders only the touched text leaf.
import { Editor, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import type { DeskEditor } from './slate-editor-type';

/** `onDOMBeforeInput` for the Editable: returns true when it inserted the text itself. */
export function insertTypedText(editor: DeskEditor, event: InputEvent): boolean {
  if (event.inputType !== 'insertText' || typeof event.data !== 'string' || event.data === '') return false;
  if (ReactEditor.isComposing(editor)) return false;
  // The DOM selection is the truth at this moment (the user may just have clicked); Slate syncs it lazily.
  const domSelection = window.getSelection();
  if (domSelection && domSelection.rangeCount > 0) {
    const range = ReactEditor.toSlateRange(editor, domSelection, { exactMatch: false, suppressThrow: true });
    if (range) Transforms.select(editor, range);
  }
  if (!editor.selection) return false;
  event.preventDefault();
  Editor.insertText(editor, event.data);
  return true;
}
