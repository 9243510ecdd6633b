import { describe, expect, it } from 'vitest';
import { Editor, Transforms } from 'slate';
import type { ListItemNode, ListNode } from '../../../core/document/model';
import { indentListItems, outdentListItems, toggleList } from '../../../core/editor/with-lists';
import { editorWith, item, outline, p } from './editor-fixture';

const list = (...items: ListItemNode[]): ListNode => ({ type: 'numbered-list', children: items });

describe('lists', () => {
  it('turns the selected paragraphs into one numbered list and back', () => {
    const editor = editorWith([p('one'), p('two'), p('three')]);
    Transforms.select(editor, { anchor: { path: [0, 0], offset: 0 }, focus: { path: [1, 0], offset: 1 } });
    toggleList(editor, 'numbered-list');
    expect(outline(editor.children)).toEqual([
      { 'numbered-list': [{ 'list-item': [{ paragraph: 'one' }] }, { 'list-item': [{ paragraph: 'two' }] }] },
      { paragraph: 'three' },
    ]);
    toggleList(editor, 'numbered-list');
    expect(outline(editor.children)).toEqual([
      { paragraph: 'one' },
      { paragraph: 'two' },
      { paragraph: 'three' },
    ]);
  });

  it('switches a bulleted list to numbered in place', () => {
    const editor = editorWith([{ type: 'bulleted-list', children: [item('a')] }], {
      path: [0, 0, 0, 0],
      offset: 0,
    });
    toggleList(editor, 'numbered-list');
    expect(editor.children[0]).toMatchObject({ type: 'numbered-list' });
  });

  it('Tab nests an item under the one above; Shift+Tab brings it back in order', () => {
    const editor = editorWith([list(item('a'), item('b'), item('c'))], { path: [0, 1, 0, 0], offset: 0 });
    expect(indentListItems(editor)).toBe(true);
    expect(outline(editor.children)).toEqual([
      {
        'numbered-list': [
          { 'list-item': [{ paragraph: 'a' }, { 'numbered-list': [{ 'list-item': [{ paragraph: 'b' }] }] }] },
          { 'list-item': [{ paragraph: 'c' }] },
        ],
      },
    ]);
    outdentListItems(editor);
    expect(outline(editor.children)).toEqual(outline([list(item('a'), item('b'), item('c'))]));
  });

  it('outdenting a middle nested item keeps the items after it below it', () => {
    const nested = list(item('x'), item('y'), item('z'));
    const editor = editorWith([list(item('a', nested))], { path: [0, 0, 1, 1, 0, 0], offset: 0 });
    outdentListItems(editor);
    expect(outline(editor.children)).toEqual([
      {
        'numbered-list': [
          { 'list-item': [{ paragraph: 'a' }, { 'numbered-list': [{ 'list-item': [{ paragraph: 'x' }] }] }] },
          { 'list-item': [{ paragraph: 'y' }, { 'numbered-list': [{ 'list-item': [{ paragraph: 'z' }] }] }] },
        ],
      },
    ]);
  });

  it('Enter starts a new item; Enter on the empty item ends the list', () => {
    const editor = editorWith([list(item('first'))], { path: [0, 0, 0, 0], offset: 5 });
    editor.insertBreak();
    editor.insertText('second');
    editor.insertBreak();
    editor.insertBreak();
    editor.insertText('after');
    expect(outline(editor.children)).toEqual([
      {
        'numbered-list': [
          { 'list-item': [{ paragraph: 'first' }] },
          { 'list-item': [{ paragraph: 'second' }] },
        ],
      },
      { paragraph: 'after' },
    ]);
  });

  it('Backspace at the start of the first item turns it back into a paragraph', () => {
    const editor = editorWith([list(item('only'))], { path: [0, 0, 0, 0], offset: 0 });
    editor.deleteBackward('character');
    expect(outline(editor.children)).toEqual([{ paragraph: 'only' }]);
    expect(Editor.string(editor, [])).toBe('only');
  });
});
