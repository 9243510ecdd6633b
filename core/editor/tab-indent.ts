// Tab outside lists and tables, as in Word: it types a tab (at the start of a paragraph, the indent of its
// first line; the export writes a Word tab, half an inch); Shift+Tab takes back the tab that starts the
// paragraph. Lists nest on Tab (with-lists.ts) and tables move between cells (table-commands.ts).
import { Editor, Range, Transforms } from 'slate';
import { isTextBlock } from './node-kinds';
import './slate-types';

export function insertTab(editor: Editor): boolean {
  if (!editor.selection) return false;
  Editor.insertText(editor, '\t');
  return true;
}

/** Removes the tab at the start of the cursor's paragraph; false when it does not start with one. */
export function removeLeadingTab(editor: Editor): boolean {
  if (!editor.selection) return false;
  const block = Editor.above(editor, {
    at: Range.start(editor.selection),
    match: isTextBlock,
    mode: 'lowest',
  });
  if (!block) return false;
  const start = Editor.start(editor, block[1]);
  const after = Editor.after(editor, start);
  if (!after || Editor.string(editor, { anchor: start, focus: after }) !== '\t') return false;
  Transforms.delete(editor, { at: { anchor: start, focus: after } });
  return true;
}
