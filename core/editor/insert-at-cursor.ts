// What the Library & Exhibits panel puts into the open draft: a block quote with its citation, and
// "Exhibit B" references. Both go where the cursor is (Slate keeps the last selection after the editor loses
// focus); without one, a quote goes at the end of the letter body, as ordinary Slate operations so one Undo
// takes them out again.
import { Editor, Element, Node, Range, Transforms } from 'slate';
import type { Location, Path, Point } from 'slate';
import type { BlockNode, ExhibitRefNode } from '../document/model';
import { isTextBlock } from './node-kinds';
import './slate-types';

/** Where a quotation went: at the cursor, before the first closing letter part, or at the draft's end. */
export type QuotePlacement = 'cursor' | 'signature-block' | 'cc-block' | 'enclosures' | 'end';

/** The closing parts of a letter: the body ends before the first of them. */
const CLOSING_PARTS: readonly QuotePlacement[] = ['signature-block', 'cc-block', 'enclosures'];

const PLACEMENT_WORDS: Record<QuotePlacement, string> = {
  cursor: 'at the cursor',
  'signature-block': 'before the signature block',
  'cc-block': 'before the copy list',
  enclosures: 'before the enclosures',
  end: 'at the end of the draft',
};

/** "at the cursor", "before the signature block": for the message that says where a quotation went. */
export const placementWords = (placement: QuotePlacement): string => PLACEMENT_WORDS[placement];

/** The collapsed point to insert at: the cursor (its start, once a selection is deleted) or the draft's end. */
function insertionPoint(editor: Editor): Point {
  const { selection } = editor;
  if (selection && Range.isExpanded(selection)) {
    Transforms.delete(editor, { at: selection });
  }
  if (editor.selection) return Range.start(editor.selection);
  return Editor.end(editor, []);
}

const isTopLevel = (_node: Node, path: Path) => path.length === 1;

/**
 * Inserts whole blocks (a quotation and its citation) at the cursor. The top-level block holding the cursor
 * is split there, so a quote never lands inside a list item or a letter part. Without a cursor they go
 * before the signature block (or copy list, or enclosures), i.e. at the end of the letter body, not after
 * the signature. The cursor ends after them.
 */
export function insertBlocksAtCursor(editor: Editor, blocks: BlockNode[]): QuotePlacement {
  if (editor.selection) {
    insertAtPoint(editor, blocks);
    return 'cursor';
  }
  const closing = editor.children.findIndex(
    (block) => Element.isElement(block) && CLOSING_PARTS.includes(block.type as QuotePlacement),
  );
  const part = editor.children[closing];
  if (!part || !Element.isElement(part)) {
    insertAtPoint(editor, blocks);
    return 'end';
  }
  if (blocks.length > 0) Transforms.insertNodes(editor, blocks, { at: [closing], select: true });
  return part.type as QuotePlacement;
}

function insertAtPoint(editor: Editor, blocks: BlockNode[]): void {
  if (blocks.length === 0) return;
  Editor.withoutNormalizing(editor, () => {
    const point = insertionPoint(editor);
    const [top] = point.path;
    const block = top === undefined ? undefined : editor.children[top];
    // An empty paragraph at the cursor is replaced rather than left behind as a blank line.
    if (top !== undefined && block && isTextBlock(block) && Node.string(block) === '' && !hasVoid(block)) {
      Transforms.removeNodes(editor, { at: [top] });
      Transforms.insertNodes(editor, blocks, { at: [top], select: true });
      return;
    }
    Transforms.insertNodes(editor, blocks, {
      at: point,
      match: isTopLevel,
      mode: 'highest',
      select: true,
    });
  });
}

const hasVoid = (block: Node): boolean =>
  Element.isElement(block) && block.children.some((child) => Element.isElement(child));

/** Inserts an "Exhibit B" reference at the cursor (or at the end of the draft's last text block). */
export function insertExhibitReference(editor: Editor, exhibitId: string, label: string): void {
  const reference: ExhibitRefNode = { type: 'exhibit-ref', exhibitId, label, children: [{ text: '' }] };
  Editor.withoutNormalizing(editor, () => {
    const at: Location = editor.selection ? insertionPoint(editor) : lastTextPoint(editor);
    Transforms.insertNodes(editor, reference, { at, select: true });
  });
  // Step past the chip so typing continues after it.
  Transforms.move(editor, { unit: 'offset' });
}

/** The end of the last text block: where a reference goes when the editor has no cursor. */
function lastTextPoint(editor: Editor): Point {
  const entries = Array.from(
    Editor.nodes(editor, { at: [], match: isTextBlock, mode: 'lowest', reverse: true }),
  );
  const last = entries[0];
  return last ? Editor.end(editor, last[1]) : Editor.end(editor, []);
}

/**
 * Gives every reference in the editor the label from `labels` (`missing` when its exhibit is gone). Not an
 * undoable step of its own: the exhibit order lives in the matter, and undoing only the labels would lie.
 */
export function setExhibitLabels(
  editor: Editor,
  labels: ReadonlyMap<string, string>,
  missing: string,
): number {
  const changes: { path: Path; label: string }[] = [];
  for (const [node, path] of Node.nodes(editor)) {
    if (!Element.isElement(node) || node.type !== 'exhibit-ref') continue;
    const label = labels.get(node.exhibitId) ?? missing;
    if (label !== node.label) changes.push({ path, label });
  }
  if (changes.length === 0) return 0;
  Editor.withoutNormalizing(editor, () => {
    for (const change of changes) Transforms.setNodes(editor, { label: change.label }, { at: change.path });
  });
  return changes.length;
}
