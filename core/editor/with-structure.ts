// Normalizers that keep the edited document inside the shape the exporter understands: lists hold list
// items, list items start with a paragraph, quotes/letter parts/table cells hold paragraphs, and the
// document never ends in a page break or a table (so there is always somewhere to type).
import { Editor, Element, Node, Text, Transforms } from 'slate';
import type { NodeEntry } from 'slate';
import type { ParagraphNode } from '../document/model';
import { holdsParagraphsOnly, isList, isListItem, isParagraph } from './node-kinds';

const emptyParagraph = (): ParagraphNode => ({ type: 'paragraph', children: [{ text: '' }] });

function normalizeList(editor: Editor, [node, path]: NodeEntry): boolean {
  if (!isList(node)) return false;
  const elements = node.children.filter((child) => Element.isElement(child));
  if (elements.length === 0) {
    Transforms.removeNodes(editor, { at: path });
    return true;
  }
  for (const [index, child] of node.children.entries()) {
    if (Text.isText(child) || (Element.isElement(child) && Editor.isInline(editor, child))) {
      Transforms.removeNodes(editor, { at: [...path, index] });
      return true;
    }
    if (!isListItem(child)) {
      Transforms.wrapNodes(editor, { type: 'list-item', children: [] }, { at: [...path, index] });
      return true;
    }
  }
  return false;
}

function normalizeListItem(editor: Editor, [node, path]: NodeEntry): boolean {
  if (!isListItem(node)) return false;
  const first = node.children[0] as Node | undefined;
  if (!first || Text.isText(first) || (Element.isElement(first) && Editor.isInline(editor, first))) {
    // Inline content straight in the item: give it its paragraph.
    Transforms.wrapNodes(editor, emptyParagraph(), {
      at: path,
      match: (child, childPath) =>
        childPath.length === path.length + 1 &&
        (Text.isText(child) || Editor.isInline(editor, child as Element)),
    });
    return true;
  }
  for (const [index, child] of (node.children as Node[]).entries()) {
    if (isListItem(child)) {
      Transforms.unwrapNodes(editor, { at: [...path, index] });
      return true;
    }
    if (Element.isElement(child) && child.type === 'heading') {
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: [...path, index] });
      return true;
    }
  }
  if (!isParagraph(first)) {
    Transforms.insertNodes(editor, emptyParagraph(), { at: [...path, 0] });
    return true;
  }
  return false;
}

function normalizeParagraphContainer(editor: Editor, [node, path]: NodeEntry): boolean {
  if (!holdsParagraphsOnly(node) || !Element.isElement(node)) return false;
  for (const [index, child] of (node.children as Node[]).entries()) {
    if (Text.isText(child) || Editor.isInline(editor, child as Element)) {
      Transforms.wrapNodes(editor, emptyParagraph(), { at: [...path, index] });
      return true;
    }
    if (Element.isElement(child) && child.type === 'heading') {
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: [...path, index] });
      return true;
    }
    if (!isParagraph(child)) {
      Transforms.unwrapNodes(editor, { at: [...path, index] });
      return true;
    }
  }
  return false;
}

/** A passage under review stays at the top level and holds blocks (never text, never another review). */
function normalizeMatterUpdate(editor: Editor, [node, path]: NodeEntry): boolean {
  if (!Element.isElement(node) || node.type !== 'matter-update') return false;
  if (path.length > 1) {
    Transforms.unwrapNodes(editor, { at: path });
    return true;
  }
  for (const [index, child] of (node.children as Node[]).entries()) {
    if (Text.isText(child) || Editor.isInline(editor, child as Element)) {
      Transforms.wrapNodes(editor, emptyParagraph(), { at: [...path, index] });
      return true;
    }
    if (Element.isElement(child) && child.type === 'matter-update') {
      Transforms.unwrapNodes(editor, { at: [...path, index] });
      return true;
    }
  }
  return false;
}

function normalizeDocumentEnd(editor: Editor): boolean {
  const last = editor.children[editor.children.length - 1];
  // After a page break or a table the cursor could not go anywhere: a paragraph follows.
  if (!last || (Element.isElement(last) && (last.type === 'page-break' || last.type === 'table'))) {
    Transforms.insertNodes(editor, emptyParagraph(), { at: [editor.children.length] });
    return true;
  }
  return false;
}

export function withStructure<T extends Editor>(editor: T): T {
  const { normalizeNode } = editor;
  editor.normalizeNode = (entry, options) => {
    const [node] = entry;
    if (Editor.isEditor(node)) {
      if (normalizeDocumentEnd(editor)) return;
    } else if (
      normalizeMatterUpdate(editor, entry) ||
      normalizeList(editor, entry) ||
      normalizeListItem(editor, entry) ||
      normalizeParagraphContainer(editor, entry)
    ) {
      return;
    }
    normalizeNode(entry, options);
  };
  return editor;
}
