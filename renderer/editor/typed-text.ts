// Typed characters go straight into the Slate model instead of letting Chrome insert them natively first.
// Chrome's native insertion (its TypingCommand) costs ~10 ms per keystroke in a 300-page contenteditable,
// which alone breaks the one-frame budget; a model insert re-renders only the touched text leaf.
import { Editor, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import { isFieldNode } from '../../core/document/model';
import type { DeskEditor } from './slate-editor-type';
import { typeIntoField } from '../matter-form/matter-commands';
import { goToField } from '../matter-form/go-to-field';

/** Typing on a field chip fills its matter value, as typing in a Word content control fills the control. */
export function typedOnChip(editor: DeskEditor, text: string): boolean {
  const selection = editor.selection;
  if (!selection) return false;
  const chip = Editor.above(editor, { at: selection.anchor, match: isFieldNode });
  if (!chip || !Editor.above(editor, { at: selection.focus, match: (n) => n === chip[0] })) return false;
  const outcome = typeIntoField(chip[0].path, text);
  if (outcome === 'filled') return true;
  if (outcome === 'go-to-field') {
    // A date or a choice is picked in its form control, which gets the keyboard.
    goToField(chip[0].path);
    return true;
  }
  // A chip with a value of its own, or one derived from the records: the text goes after it, never lost.
  Transforms.select(editor, Editor.after(editor, chip[1]) ?? Editor.end(editor, []));
  Editor.insertText(editor, text);
  return true;
}

/** The DOM selection is the truth at a key press (the user may just have clicked or pressed Home); Slate syncs it lazily. */
export function takeDomSelection(editor: DeskEditor): void {
  const domSelection = window.getSelection();
  if (domSelection && domSelection.rangeCount > 0) {
    const range = ReactEditor.toSlateRange(editor, domSelection, { exactMatch: false, suppressThrow: true });
    if (range) Transforms.select(editor, range);
  }
}

/** `onDOMBeforeInput` for the Editable: returns true when it inserted the text itself. */
export function insertTypedText(editor: DeskEditor, event: InputEvent): boolean {
  if (event.inputType !== 'insertText' || typeof event.data !== 'string' || event.data === '') return false;
  if (ReactEditor.isComposing(editor)) return false;
  takeDomSelection(editor);
  if (!editor.selection) return false;
  event.preventDefault();
  if (typedOnChip(editor, event.data)) return true;
  Editor.insertText(editor, event.data);
  return true;
}

/**
 * A selected chip holds the caret inside content the browser cannot edit, so typing there raises no input
 * event at all (the characters used to vanish). Its key presses are taken here instead: `onKeyDown`.
 */
export function typeOnSelectedChip(editor: DeskEditor, event: KeyboardEvent): boolean {
  if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey || event.isComposing)
    return false;
  if (!editor.selection || !Editor.above(editor, { at: editor.selection.anchor, match: isFieldNode }))
    return false;
  if (!typedOnChip(editor, event.key)) return false;
  event.preventDefault();
  return true;
}
