// Tab in the draft, as in Word: in a table it moves between cells, in a list it nests the item (Shift+Tab
// brings it back), elsewhere it types a tab (Shift+Tab removes the one starting the paragraph). So that the
// keyboard is never trapped in the editor, Escape then Tab (or Shift+Tab) moves the focus on as usual.
import type { KeyboardEvent } from 'react';
import { Transforms } from 'slate';
import type { BaseSelection } from 'slate';
import { moveToCell } from '../../core/editor/table-commands';
import { insertTab, removeLeadingTab } from '../../core/editor/tab-indent';
import { indentListItems, outdentListItems } from '../../core/editor/with-lists';
import type { DeskEditor } from './slate-editor-type';
import { takeDomSelection } from './typed-text';

/** Editors where Escape was the last key: the next Tab leaves. */
const leaving = new WeakSet<DeskEditor>();
/** Where the caret was when the keyboard left the editor, to put it back when the focus returns. */
const leftAt = new WeakMap<DeskEditor, BaseSelection>();

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

export const LEAVE_EDITOR_HINT = 'Tab indents. To leave the draft with the keyboard, press Escape, then Tab.';

/** True when the key was handled (the default prevented), false when the browser should act, undefined for other keys. */
export function handleTabKey(editor: DeskEditor, event: KeyboardEvent, mod: boolean): boolean | undefined {
  if (event.key === 'Escape') {
    leaving.add(editor);
    return false;
  }
  if (event.key !== 'Tab' || mod || event.altKey) {
    if (!MODIFIERS.has(event.key)) leaving.delete(editor);
    return undefined;
  }
  takeDomSelection(editor);
  if (leaving.has(editor) || !editor.selection) {
    leaving.delete(editor);
    // Slate puts a selection it holds back into the page on its next render, which would pull the focus
    // straight back into the editor (a bind or a refresh after the last keystroke); so it lets go of the
    // caret here and gets it back when the focus returns.
    if (editor.selection) {
      leftAt.set(editor, editor.selection);
      Transforms.deselect(editor);
    }
    return false; // the browser moves the focus to the next (or previous) control
  }
  const back = event.shiftKey;
  if (!moveToCell(editor, back ? -1 : 1)) {
    const inList = back ? outdentListItems(editor) : indentListItems(editor);
    if (!inList) {
      if (back) removeLeadingTab(editor);
      else insertTab(editor);
    }
  }
  event.preventDefault();
  return true;
}

// A click that brings the focus back places the caret itself.
let lastPointerDown = -Infinity;
if (typeof document !== 'undefined') {
  document.addEventListener('pointerdown', () => (lastPointerDown = performance.now()), true);
}

/** The editor got the focus back: the caret returns to where the keyboard left it (unless a click placed it). */
export function restoreCaretAfterLeaving(editor: DeskEditor): void {
  const at = leftAt.get(editor);
  leftAt.delete(editor);
  if (at && !editor.selection && performance.now() - lastPointerDown > 500) {
    try {
      Transforms.select(editor, at);
    } catch {
      // The text it stood in is gone (a bind replaced it meanwhile): the caret goes where the browser puts it.
    }
  }
}
