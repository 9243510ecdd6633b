import { describe, expect, it } from 'vitest';
import { Transforms } from 'slate';
import {
  activeAlign,
  activeBlockKind,
  isMarkActive,
  setAlign,
  toggleBlock,
  toggleMark,
} from '../../../core/editor/transforms';
import { insertPageBreak } from '../../../core/editor/with-page-break';
import { editorWith, outline, p } from './editor-fixture';

describe('formatting transforms', () => {
  it('bolds the selected words and reports the mark', () => {
    const editor = editorWith([p('Dear Counsel')]);
    Transforms.select(editor, { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 4 } });
    toggleMark(editor, 'bold');
    expect(editor.children[0]).toEqual({
      type: 'paragraph',
      children: [{ text: 'Dear', bold: true }, { text: ' Counsel' }],
    });
    expect(isMarkActive(editor, 'bold')).toBe(true);
  });

  it('makes a heading and back to body text', () => {
    const editor = editorWith([p('Background')], { path: [0, 0], offset: 1 });
    toggleBlock(editor, 'heading-2');
    expect(editor.children[0]).toMatchObject({ type: 'heading', level: 2 });
    expect(activeBlockKind(editor)).toBe('heading-2');
    toggleBlock(editor, 'heading-2');
    expect(editor.children[0]).toEqual(p('Background'));
  });

  it('wraps paragraphs in a block quote and unwraps them', () => {
    const editor = editorWith([p('quoted'), p('plain')], { path: [0, 0], offset: 0 });
    toggleBlock(editor, 'block-quote');
    expect(outline(editor.children)).toEqual([
      { 'block-quote': [{ paragraph: 'quoted' }] },
      { paragraph: 'plain' },
    ]);
    toggleBlock(editor, 'block-quote');
    expect(outline(editor.children)).toEqual([{ paragraph: 'quoted' }, { paragraph: 'plain' }]);
  });

  it('centres a paragraph and returns it to the left', () => {
    const editor = editorWith([p('Sincerely,')], { path: [0, 0], offset: 0 });
    setAlign(editor, 'center');
    expect(activeAlign(editor)).toBe('center');
    setAlign(editor, 'left');
    expect(editor.children[0]).toEqual(p('Sincerely,'));
  });

  it('inserts a page break with a paragraph after it to type in', () => {
    const editor = editorWith([p('page one')], { path: [0, 0], offset: 8 });
    insertPageBreak(editor);
    editor.insertText('page two');
    expect(outline(editor.children)).toEqual([
      { paragraph: 'page one' },
      { 'page-break': '' },
      { paragraph: 'page two' },
    ]);
  });
});
