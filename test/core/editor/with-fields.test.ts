import { describe, expect, it } from 'vitest';
import { Editor } from 'slate';
import type { BlockNode, FieldNode } from '../../../core/document/model';
import { applyFieldValues, fieldDisplayText, unlinkField } from '../../../core/editor/with-fields';
import { editorWith } from './editor-fixture';

const chip = (value: string): FieldNode => ({
  type: 'field',
  path: 'inquiry.referenceNumber',
  label: 'Reference number',
  value,
  required: true,
  bold: true,
  children: [{ text: '' }],
});

const doc = (value: string): BlockNode[] => [
  { type: 'paragraph', children: [{ text: 'Re: ' }, chip(value), { text: '.' }] },
];

describe('field chips', () => {
  it('are inline voids, so the cursor steps over them', () => {
    const editor = editorWith(doc('OR-1'));
    const node = (editor.children[0] as { children: unknown[] }).children[1] as FieldNode;
    expect(Editor.isInline(editor, node)).toBe(true);
    expect(Editor.isVoid(editor, node)).toBe(true);
  });

  it('take new values from the matter as undoable operations', () => {
    const editor = editorWith(doc('OR-1'));
    expect(applyFieldValues(editor, doc('OR-2'))).toBe(1);
    expect(((editor.children[0] as { children: unknown[] }).children[1] as FieldNode).value).toBe('OR-2');
    expect(editor.operations.map((op) => op.type)).toContain('set_node');
  });

  it('unlink into plain text with the same marks', () => {
    const editor = editorWith(doc('OR-1'));
    unlinkField(editor, [0, 1]);
    expect(editor.children).toEqual([
      { type: 'paragraph', children: [{ text: 'Re: ' }, { text: 'OR-1', bold: true }, { text: '.' }] },
    ]);
  });

  it('show "[Label]" while empty', () => {
    expect(fieldDisplayText(chip(''))).toBe('[Reference number]');
  });
});
