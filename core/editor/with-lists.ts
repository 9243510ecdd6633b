// Lists the way a word processor handles them: Enter starts a new item, Enter on an empty item or Shift+Tab
// moves it out one level, Tab nests it under the item above, and the toolbar toggles a list on and off.
import { Editor, Element, Node, Path, Range, Transforms } from 'slate';
import type { NodeEntry } from 'slate';
import type { ListItemNode, ListNode } from '../document/model';
import { isList, isListItem, isTextBlock } from './node-kinds';

export type ListType = ListNode['type'];

/** The innermost list item holding the cursor, if any. */
export function currentListItem(editor: Editor): NodeEntry<ListItemNode> | undefined {
  if (!editor.selection) return undefined;
  // From the selection's start: a range across items has the list, not an item, as common ancestor.
  return Editor.above<ListItemNode>(editor, {
    at: Range.start(editor.selection),
    match: isListItem,
    mode: 'lowest',
  });
}

/** The type of the innermost list holding the cursor. */
export function currentListType(editor: Editor): ListType | undefined {
  const item = currentListItem(editor);
  if (!item) return undefined;
  const parent = Node.parent(editor, item[1]);
  return isList(parent) ? parent.type : undefined;
}

/** List items in the selection that share the first one's list (the ones Tab and Shift+Tab move). */
function selectedSiblingItems(editor: Editor): Path[] {
  const first = currentListItem(editor);
  if (!first || !editor.selection) return [];
  const parentPath = Path.parent(first[1]);
  const start = Range.start(editor.selection).path;
  const end = Range.end(editor.selection).path;
  const paths: Path[] = [];
  const list = Node.get(editor, parentPath) as ListNode;
  list.children.forEach((_item, index) => {
    const path = [...parentPath, index];
    const inRange =
      Path.compare(Editor.end(editor, path).path, start) >= 0 &&
      Path.compare(Editor.start(editor, path).path, end) <= 0;
    if (inRange) paths.push(path);
  });
  return paths;
}

function indentItem(editor: Editor, path: Path): void {
  if (path[path.length - 1] === 0) return; // nothing above to nest under
  const list = Node.parent(editor, path) as ListNode;
  const prevPath = Path.previous(path);
  const prev = Node.get(editor, prevPath) as ListItemNode;
  const last = prev.children[prev.children.length - 1];
  if (last && isList(last)) {
    Transforms.moveNodes(editor, {
      at: path,
      to: [...prevPath, prev.children.length - 1, last.children.length],
    });
    return;
  }
  Transforms.wrapNodes(editor, { type: list.type, children: [] }, { at: path });
  Transforms.moveNodes(editor, { at: path, to: [...prevPath, prev.children.length] });
}

/** Tab: nests the selected items under the item above them. */
export function indentListItems(editor: Editor): boolean {
  const paths = selectedSiblingItems(editor);
  if (paths.length === 0) return false;
  const refs = paths.map((path) => Editor.pathRef(editor, path));
  Editor.withoutNormalizing(editor, () => {
    for (const ref of refs) if (ref.current) indentItem(editor, ref.current);
  });
  refs.forEach((ref) => ref.unref());
  return true;
}

function outdentItem(editor: Editor, path: Path): void {
  const listPath = Path.parent(path);
  const list = Node.get(editor, listPath) as ListNode;
  const index = path[path.length - 1]!;
  const parentOfList = listPath.length > 0 ? Node.parent(editor, listPath) : undefined;
  if (!parentOfList || !isListItem(parentOfList)) {
    // Top level: the item leaves the list and its paragraph becomes an ordinary paragraph.
    Transforms.liftNodes(editor, { at: path });
    const lifted = Editor.pathRef(
      editor,
      listPath.length === 1 && index > 0 ? Path.next(listPath) : listPath,
    );
    if (lifted.current) Transforms.unwrapNodes(editor, { at: lifted.current });
    lifted.unref();
    return;
  }
  // The items after this one stay below it, nested under it, so the reading order does not change.
  const following = list.children.length - 1 - index;
  if (following > 0) {
    const item = Node.get(editor, path) as ListItemNode;
    const last = item.children[item.children.length - 1];
    let target: Path;
    if (last && isList(last)) target = [...path, item.children.length - 1];
    else {
      target = [...path, item.children.length];
      Transforms.insertNodes(editor, { type: list.type, children: [] }, { at: target });
    }
    for (let moved = 0; moved < following; moved++) {
      const targetList = Node.get(editor, target) as ListNode;
      Transforms.moveNodes(editor, { at: Path.next(path), to: [...target, targetList.children.length] });
    }
  }
  Transforms.moveNodes(editor, { at: path, to: Path.next(Path.parent(listPath)) });
}

/** Shift+Tab: moves the selected items out one level (out of the list at the top level). */
export function outdentListItems(editor: Editor): boolean {
  const paths = selectedSiblingItems(editor);
  if (paths.length === 0) return false;
  const refs = paths.reverse().map((path) => Editor.pathRef(editor, path));
  Editor.withoutNormalizing(editor, () => {
    for (const ref of refs) if (ref.current) outdentItem(editor, ref.current);
  });
  refs.forEach((ref) => ref.unref());
  return true;
}

/** Turns the selected top-level paragraphs into a list, switches the list type, or ends the list. */
export function toggleList(editor: Editor, type: ListType): void {
  if (!editor.selection) return;
  const item = currentListItem(editor);
  if (item) {
    const listPath = Path.parent(item[1]);
    const list = Node.get(editor, listPath) as ListNode;
    if (list.type !== type) Transforms.setNodes(editor, { type }, { at: listPath });
    else {
      let guard = 0;
      while (currentListItem(editor) && guard++ < 10) outdentListItems(editor);
    }
    return;
  }
  const blocks = Array.from(
    Editor.nodes(editor, { match: (node, path) => path.length === 1 && isTextBlock(node) }),
  ).map(([, path]) => path);
  if (blocks.length === 0) return;
  Editor.withoutNormalizing(editor, () => {
    for (const path of blocks) {
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
      Transforms.unsetNodes(editor, 'level', { at: path });
      Transforms.wrapNodes(editor, { type: 'list-item', children: [] }, { at: path });
    }
    const range = Editor.range(editor, blocks[0]!, blocks[blocks.length - 1]!);
    Transforms.wrapNodes(
      editor,
      { type, children: [] },
      {
        at: range,
        match: (node, path) => path.length === 1 && isListItem(node),
      },
    );
  });
}

export function withLists<T extends Editor>(editor: T): T {
  const { insertBreak, deleteBackward } = editor;

  editor.insertBreak = () => {
    const item = currentListItem(editor);
    if (!item || !editor.selection || !Range.isCollapsed(editor.selection)) return insertBreak();
    const block = Editor.above(editor, { match: isTextBlock, mode: 'lowest' });
    if (block && Editor.isEmpty(editor, block[0]) && Path.equals(block[1], [...item[1], 0])) {
      outdentListItems(editor);
      return;
    }
    Transforms.splitNodes(editor, { match: (node) => isListItem(node), always: true });
  };

  editor.deleteBackward = (unit) => {
    const item = currentListItem(editor);
    const selection = editor.selection;
    if (item && selection && Range.isCollapsed(selection)) {
      const firstBlock = [...item[1], 0];
      if (
        Path.isAncestor(firstBlock, selection.anchor.path) &&
        Editor.isStart(editor, selection.anchor, firstBlock)
      ) {
        outdentListItems(editor);
        return;
      }
    }
    deleteBackward(unit);
  };

  return editor;
}

export const isElementOfList = (node: Node): boolean =>
  Element.isElement(node) && (isList(node) || isListItem(node));
