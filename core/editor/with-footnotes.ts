// Footnotes in the editor, as in Word: Insert footnote puts a numbered marker at the cursor and the cursor
// in the note, where the user types its text; Enter in a note goes back to the text after the marker. A
// footnote is an inline element holding its note's text, so moving, copying or deleting the marker moves,
// copies or deletes the note with it. Notes never nest, and stay out of the letterhead (a page header).
import { Editor, Element, Path, Range, Transforms } from 'slate';
import type { NodeEntry } from 'slate';
import type { FootnoteNode } from '../document/model';
import { isFootnote } from '../document/model';
import './slate-types';

/** The footnote holding the cursor, if any. */
export const currentFootnote = (
  editor: Editor,
  at = editor.selection,
): NodeEntry<FootnoteNode> | undefined =>
  at ? Editor.above<FootnoteNode>(editor, { at, match: isFootnote }) : undefined;

/** Puts the cursor in the text right after the footnote's marker. */
export function leaveFootnote(editor: Editor): boolean {
  const note = currentFootnote(editor);
  if (!note) return false;
  // A text node always follows an inline element (Slate keeps one there).
  Transforms.select(editor, { path: Path.next(note[1]), offset: 0 });
  return true;
}

export type FootnoteRefusal = 'no-cursor' | 'letterhead';

/**
 * Inserts an empty footnote at the cursor (after the selection, if words are selected) and puts the cursor in
 * its text. In a note, the new one goes after that note's marker.
 */
export function insertFootnote(editor: Editor): FootnoteRefusal | undefined {
  if (!editor.selection) return 'no-cursor';
  const inLetterhead = Editor.above(editor, {
    match: (node) => Element.isElement(node) && node.type === 'letterhead',
  });
  if (inLetterhead) return 'letterhead';
  if (Range.isExpanded(editor.selection)) Transforms.collapse(editor, { edge: 'end' });
  leaveFootnote(editor);
  const note: FootnoteNode = { type: 'footnote', children: [{ text: '' }] };
  Transforms.insertNodes(editor, note, { select: true });
  return undefined;
}

export function withFootnotes<T extends Editor>(editor: T): T {
  const { isInline, normalizeNode, insertBreak, insertSoftBreak } = editor;
  editor.isInline = (element) => element.type === 'footnote' || isInline(element);

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    // A note pasted or dragged into another note: its text joins the outer note.
    if (isFootnote(node) && Editor.above(editor, { at: path, match: isFootnote })) {
      Transforms.unwrapNodes(editor, { at: path });
      return;
    }
    normalizeNode(entry, options);
  };

  // A note is one paragraph: Enter (or Shift+Enter) there returns to the letter's text, after the marker.
  editor.insertBreak = () => {
    if (!leaveFootnote(editor)) insertBreak();
  };
  editor.insertSoftBreak = () => {
    if (!leaveFootnote(editor)) insertSoftBreak();
  };
  return editor;
}
