// Resolving a passage the matter changed after the attorney edited it: accept the matter's text, or keep
// the attorney's. Each is one undoable step; the bind step never touches the attorney's text on its own.
import { Editor, Element, Transforms } from 'slate';
import type { Path } from 'slate';
import type { MatterUpdateNode } from '../document/model';
import { isMatterUpdate } from '../document/model';
import './slate-types';

function updateAt(editor: Editor, id: string): [MatterUpdateNode, Path] | undefined {
  const index = editor.children.findIndex((node) => isMatterUpdate(node) && node.id === id);
  return index < 0 ? undefined : [editor.children[index] as MatterUpdateNode, [index]];
}

const onlyEmptyParagraph = (update: MatterUpdateNode): boolean =>
  update.children.length === 1 &&
  update.children[0]!.type === 'paragraph' &&
  update.children[0]!.children.every((child) => 'text' in child && child.text === '');

/** Puts the matter's proposed text in place of the attorney's. */
export function acceptUpdate(editor: Editor, id: string): boolean {
  const found = updateAt(editor, id);
  if (!found) return false;
  const [update, path] = found;
  Editor.withoutNormalizing(editor, () => {
    Transforms.removeNodes(editor, { at: path });
    if (update.proposed.length > 0)
      Transforms.insertNodes(editor, update.proposed, { at: path, select: false });
  });
  return true;
}

/** Keeps the attorney's text; the matter's proposal is dropped (a deleted passage stays deleted). */
export function keepMine(editor: Editor, id: string): boolean {
  const found = updateAt(editor, id);
  if (!found) return false;
  const [update, path] = found;
  if (onlyEmptyParagraph(update)) Transforms.removeNodes(editor, { at: path });
  else
    Transforms.unwrapNodes(editor, {
      at: path,
      match: (node) => Element.isElement(node) && node.type === 'matter-update',
    });
  return true;
}

/** Paths of the passages waiting for review, in document order. */
export const pendingUpdatePaths = (editor: Editor): Path[] =>
  editor.children.flatMap((node, index) => (isMatterUpdate(node) ? [[index]] : []));
