// Field chips (live matter values) and exhibit references are inline voids: the cursor steps over them as
// one unit and the user edits their value in the matter form, not in the text. Field chips carry marks.
import { Editor, Element, Node, Transforms } from 'slate';
import type { Path } from 'slate';
import type { BlockNode, FieldNode, FormattedText } from '../document/model';
import { isFieldNode } from '../document/model';
import './slate-types';

const isInlineVoid = (element: Element): boolean =>
  element.type === 'field' || element.type === 'exhibit-ref';

export function withFields<T extends Editor>(editor: T): T {
  const { isInline, isVoid, markableVoid } = editor;
  editor.isInline = (element) => isInlineVoid(element) || isInline(element);
  editor.isVoid = (element) => isInlineVoid(element) || isVoid(element);
  editor.markableVoid = (element) => element.type === 'field' || markableVoid(element);
  return editor;
}

/** What a chip shows: the value, or "[Label]" while it is empty. */
export const fieldDisplayText = (field: FieldNode): string =>
  field.value === '' ? `[${field.label}]` : field.value;

/** Turns the field chip at `at` into plain text with the same marks; it no longer follows the matter. */
export function unlinkField(editor: Editor, at: Path): void {
  const node = Node.get(editor, at);
  if (!isFieldNode(node)) return;
  const text: FormattedText = { text: node.value === '' ? `[${node.label}]` : node.value };
  if (node.bold) text.bold = true;
  if (node.italic) text.italic = true;
  if (node.underline) text.underline = true;
  Editor.withoutNormalizing(editor, () => {
    Transforms.removeNodes(editor, { at });
    Transforms.insertNodes(editor, text, { at, select: true });
  });
}

/**
 * Copies new field values (from `refreshed`, the same blocks re-filled from the matter) into the editor as
 * Slate operations, so the change lands in the undo history and only changed chips re-render.
 * Returns how many chips changed.
 */
export function applyFieldValues(editor: Editor, refreshed: BlockNode[]): number {
  const changes: { path: Path; value: string }[] = [];
  const walk = (current: Node, fresh: Node | undefined, path: Path): void => {
    if (fresh === undefined || current === fresh) return;
    if (isFieldNode(current)) {
      if (isFieldNode(fresh) && fresh.value !== current.value) changes.push({ path, value: fresh.value });
      return;
    }
    if (!Element.isElement(current) || !Element.isElement(fresh)) return;
    current.children.forEach((child, index) => walk(child, fresh.children[index], [...path, index]));
  };
  editor.children.forEach((block, index) => walk(block, refreshed[index], [index]));
  if (changes.length === 0) return 0;
  Editor.withoutNormalizing(editor, () => {
    for (const change of changes) Transforms.setNodes(editor, { value: change.value }, { at: change.path });
  });
  return changes.length;
}
