// The formatting commands behind the toolbar and the shortcuts: marks, block kinds and alignment.
import { Editor, Element, Transforms } from 'slate';
import type { Alignment, FormattedText } from '../document/model';
import { isListItem, isTextBlock } from './node-kinds';

export type Mark = keyof Omit<FormattedText, 'text'>;
export type BlockKind = 'paragraph' | 'heading-1' | 'heading-2' | 'heading-3' | 'block-quote';

export function isMarkActive(editor: Editor, mark: Mark): boolean {
  const marks = Editor.marks(editor) as Partial<Record<Mark, boolean>> | null;
  return marks?.[mark] === true;
}

export function toggleMark(editor: Editor, mark: Mark): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}

/** The kind of the text block holding the cursor: what the style picker shows. */
export function activeBlockKind(editor: Editor): BlockKind {
  if (!editor.selection) return 'paragraph';
  const quote = Editor.above(editor, { match: (n) => Element.isElement(n) && n.type === 'block-quote' });
  if (quote) return 'block-quote';
  const block = Editor.above(editor, { match: isTextBlock, mode: 'lowest' });
  if (block && block[0].type === 'heading') return `heading-${block[0].level}`;
  return 'paragraph';
}

/** Text blocks in the selection that are not inside a list item (lists hold paragraphs only). */
const freeTextBlocks = (editor: Editor) =>
  Array.from(
    Editor.nodes(editor, {
      match: (node, path) => isTextBlock(node) && !Editor.above(editor, { at: path, match: isListItem }),
      mode: 'lowest',
    }),
  ).map(([, path]) => path);

export function toggleBlock(editor: Editor, kind: BlockKind): void {
  if (!editor.selection) return;
  const current = activeBlockKind(editor);
  Editor.withoutNormalizing(editor, () => {
    if (current === 'block-quote') {
      Transforms.unwrapNodes(editor, {
        match: (n) => Element.isElement(n) && n.type === 'block-quote',
        split: true,
      });
      if (kind === 'block-quote') return;
    }
    const paths = freeTextBlocks(editor);
    if (kind === 'block-quote') {
      for (const path of paths) {
        Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
        Transforms.unsetNodes(editor, 'level', { at: path });
      }
      Transforms.wrapNodes(
        editor,
        { type: 'block-quote', children: [] },
        {
          match: (n, path) => isTextBlock(n) && path.length === 1,
        },
      );
      return;
    }
    const target = kind === current ? 'paragraph' : kind;
    for (const path of paths) {
      if (target === 'paragraph') {
        Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
        Transforms.unsetNodes(editor, 'level', { at: path });
      } else {
        const level = Number(target.slice(-1)) as 1 | 2 | 3;
        Transforms.setNodes(editor, { type: 'heading', level }, { at: path });
      }
    }
  });
}

export function activeAlign(editor: Editor): Alignment {
  if (!editor.selection) return 'left';
  const block = Editor.above(editor, { match: isTextBlock, mode: 'lowest' });
  return block?.[0].align ?? 'left';
}

export function setAlign(editor: Editor, align: Alignment): void {
  if (align === 'left') Transforms.unsetNodes(editor, 'align', { match: isTextBlock, mode: 'lowest' });
  else Transforms.setNodes(editor, { align }, { match: isTextBlock, mode: 'lowest' });
}
