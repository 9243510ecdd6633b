import { describe, expect, it } from 'vitest';
import { Transforms } from 'slate';
import { insertTab, removeLeadingTab } from '../../../core/editor/tab-indent';
import { editorWith, p } from './editor-fixture';

describe('Tab in ordinary text', () => {
  it('indents a paragraph from its start, and Shift+Tab takes the indent back from anywhere in it', () => {
    const editor = editorWith([p('The City answers.')], { path: [0, 0], offset: 0 });
    insertTab(editor);
    expect(editor.children).toEqual([p('\tThe City answers.')]);
    Transforms.select(editor, { path: [0, 0], offset: 10 });
    expect(removeLeadingTab(editor)).toBe(true);
    expect(editor.children).toEqual([p('The City answers.')]);
    expect(removeLeadingTab(editor)).toBe(false);
    expect(editor.children).toEqual([p('The City answers.')]);
  });

  it('types a tab where the cursor is, replacing selected words', () => {
    const editor = editorWith([p('Name Title')]);
    Transforms.select(editor, { anchor: { path: [0, 0], offset: 4 }, focus: { path: [0, 0], offset: 5 } });
    insertTab(editor);
    expect(editor.children).toEqual([p('Name\tTitle')]);
  });
});
