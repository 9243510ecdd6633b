// A page break is a void block: it has no text of its own and is selected and deleted as a unit.
import { Editor, Path, Transforms } from 'slate';
import type { PageBreakNode, ParagraphNode } from '../document/model';
import './slate-types';

export function withPageBreak<T extends Editor>(editor: T): T {
  const { isVoid } = editor;
  editor.isVoid = (element) => element.type === 'page-break' || isVoid(element);
  return editor;
}

/** Inserts a page break after the current top-level block and puts the cursor in a paragraph after it. */
export function insertPageBreak(editor: Editor): void {
  const selection = editor.selection;
  const top = selection ? selection.focus.path.slice(0, 1) : [Math.max(editor.children.length - 1, 0)];
  const breakNode: PageBreakNode = { type: 'page-break', children: [{ text: '' }] };
  const paragraph: ParagraphNode = { type: 'paragraph', children: [{ text: '' }] };
  const at = editor.children.length === 0 ? [0] : Path.next(top);
  Editor.withoutNormalizing(editor, () => {
    Transforms.insertNodes(editor, [breakNode, paragraph], { at });
  });
  Transforms.select(editor, Editor.start(editor, Path.next(at)));
}
