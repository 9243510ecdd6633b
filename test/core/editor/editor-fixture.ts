// Builds a headless editor over the core schema for fixture tests (no React, no DOM).
import { createEditor, Editor, Transforms } from 'slate';
import type { Point } from 'slate';
import { withDeskSchema } from '../../../core/editor/with-desk-schema';
import type { BlockNode, ListItemNode, ListNode, ParagraphNode } from '../../../core/document/model';

export function editorWith(blocks: BlockNode[], cursor?: Point): Editor {
  const editor = withDeskSchema(createEditor());
  editor.children = structuredClone(blocks);
  Editor.normalize(editor, { force: true });
  if (cursor) Transforms.select(editor, cursor);
  return editor;
}

export const p = (text: string): ParagraphNode => ({ type: 'paragraph', children: [{ text }] });

export const item = (text: string, nested?: ListNode): ListItemNode => ({
  type: 'list-item',
  children: nested ? [p(text), nested] : [p(text)],
});

/** The document as nested text, to compare shapes without noise. */
export function outline(nodes: unknown[]): unknown[] {
  return nodes.map((node) => {
    const n = node as { type?: string; text?: string; children?: unknown[] };
    if (typeof n.text === 'string') return n.text;
    const kids = outline(n.children ?? []);
    const textOnly = kids.every((k) => typeof k === 'string');
    return { [n.type ?? '?']: textOnly ? kids.join('') : kids };
  });
}
