// Typed characters go straight into the Slate model instead of letting Chrome insert them natively first.
// Chrome's native insertion (its TypingCommand) costs ~10 ms per keystroke in a 300-page contenteditable,
// which alone breaks the one-frame budget; a model insert re-renders only the touched text leaf.
import { Editor, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import { isFieldNode } from '../../core/document/model';
import type { DeskEditor } from './slate-editor-type';
import { typeIntoField } from '../matter-form/matter-commands';

/** Typing on a field chip fills its matter value, as typing in a Word content control fills the control. */
function typedOnChip(editor: DeskEditor, text: string): boolean {
  const selection = editor.selection;
  if (!selection) return false;
  const chip = Editor.above(editor, { at: selection.anchor, match: isFieldNode });
  if (!chip || !Editor.above(editor, { at: selection.focus, match: (n) => n === chip[0] })) return false;
  if (typeIntoField(chip[0].path, text)) return true;
  // A value derived from the records cannot be typed into: the text goes after the chip, never lost.
  Transforms.select(editor, Editor.after(editor, chip[1]) ?? Editor.end(editor, []));
  Editor.insertText(editor, text);
  return true;
}

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
  if (typedOnChip(editor, event.data)) return true;
  Editor.insertText(editor, event.data);
  return true;
}
