// Puts the cursor at the start of a passage waiting for review and scrolls the page to it: the "Go to next
// update" of the notice above the page and the "Go to update" of the review panel.
import { Editor, Transforms } from 'slate';
import type { Path } from 'slate';
import { ReactEditor } from 'slate-react';
import { isMatterUpdate } from '../../core/document/model';
import { pendingUpdatePaths } from '../../core/editor/review-updates';
import type { DeskEditor } from './slate-editor-type';

export function revealUpdateAt(editor: DeskEditor, path: Path): void {
  Transforms.select(editor, Editor.start(editor, path));
  ReactEditor.focus(editor);
  ReactEditor.toDOMNode(editor, editor.children[path[0]!]!).scrollIntoView({ block: 'center' });
}

/** False when that update is no longer in the letter (it was accepted or kept meanwhile). */
export function goToUpdate(editor: DeskEditor, updateId: string): boolean {
  const path = pendingUpdatePaths(editor).find((p) => {
    const node = editor.children[p[0]!];
    return isMatterUpdate(node) && node.id === updateId;
  });
  if (!path) return false;
  revealUpdateAt(editor, path);
  return true;
}
