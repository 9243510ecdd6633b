import { describe, expect, it } from 'vitest';
import { Editor, Transforms } from 'slate';
import { withHistory } from 'slate-history';
import type { FootnoteNode, ParagraphNode } from '../../../core/document/model';
import { blocksToPlainText } from '../../../core/document/plain-text';
import { checkBlocks } from '../../../core/document/document-schema';
import { footnoteNumbers } from '../../../core/document/footnote-numbers';
import { insertFootnote } from '../../../core/editor/with-footnotes';
import { editorWith, p } from './editor-fixture';

const note = (text: string): FootnoteNode => ({ type: 'footnote', children: [{ text }] });
const withNote = (before: string, text: string, after: string): ParagraphNode => ({
  type: 'paragraph',
  children: [{ text: before }, note(text), { text: after }],
});

describe('inserting a footnote', () => {
  it('puts the marker at the cursor and what is typed next into the note', () => {
    const editor = editorWith([p('The statute applies.')], { path: [0, 0], offset: 11 });
    expect(insertFootnote(editor)).toBeUndefined();
    Editor.insertText(editor, 'Tex. Gov’t Code § 752.053.');
    expect(editor.children[0]).toEqual(withNote('The statute', 'Tex. Gov’t Code § 752.053.', ' applies.'));
  });

  it('goes after selected words, and Enter in the note returns to the text after the marker', () => {
    const editor = editorWith([p('The statute applies.')]);
    Transforms.select(editor, { anchor: { path: [0, 0], offset: 4 }, focus: { path: [0, 0], offset: 11 } });
    insertFootnote(editor);
    Editor.insertText(editor, 'See § 752.053.');
    editor.insertBreak();
    Editor.insertText(editor, ' now');
    expect(editor.children[0]).toEqual(withNote('The statute', 'See § 752.053.', ' now applies.'));
    expect(editor.children).toHaveLength(1);
  });

  it('inside a note, puts the new note after it, never in it; refuses the letterhead', () => {
    const editor = editorWith([withNote('A', 'first', 'B')], { path: [0, 1, 0], offset: 2 });
    insertFootnote(editor);
    Editor.insertText(editor, 'second');
    expect(editor.children[0]).toEqual({
      type: 'paragraph',
      children: [{ text: 'A' }, note('first'), { text: '' }, note('second'), { text: 'B' }],
    });
    const letterhead = editorWith([{ type: 'letterhead', children: [p('CITY OF DALLAS')] }], {
      path: [0, 0, 0],
      offset: 4,
    });
    expect(insertFootnote(letterhead)).toBe('letterhead');
    expect(letterhead.children[0]).toEqual({ type: 'letterhead', children: [p('CITY OF DALLAS')] });
  });

  it('takes a pasted note inside a note apart, and one Undo takes the note out', () => {
    const editor = editorWith([
      {
        type: 'paragraph',
        children: [
          { text: 'A' },
          { type: 'footnote', children: [{ text: 'x' }, note('y') as never, { text: 'z' }] },
          { text: '' },
        ],
      },
    ]);
    expect(editor.children[0]).toEqual(withNote('A', 'xyz', ''));
    const undoable = withHistory(editorWith([p('Text')], { path: [0, 0], offset: 4 }));
    insertFootnote(undoable);
    undoable.undo();
    expect(undoable.children).toEqual([p('Text')]);
  });
});

describe('footnote numbers', () => {
  it('follow reading order through lists, tables and later paragraphs', () => {
    const first = note('one');
    const second = note('two');
    const third = note('three');
    const blocks = [
      p('no notes'),
      {
        type: 'bulleted-list' as const,
        children: [
          {
            type: 'list-item' as const,
            children: [{ type: 'paragraph' as const, children: [{ text: 'a' }, first, { text: '' }] }],
          },
        ],
      },
      { type: 'paragraph' as const, children: [{ text: 'b' }, second, { text: 'c' }, third, { text: '' }] },
    ];
    const numbers = footnoteNumbers(blocks);
    expect([numbers.get(first), numbers.get(second), numbers.get(third)]).toEqual([1, 2, 3]);
    // A note inserted before the others renumbers them.
    const earlier = note('zero');
    const renumbered = footnoteNumbers([
      { type: 'paragraph', children: [{ text: '' }, earlier, { text: '' }] },
      ...blocks,
    ]);
    expect([earlier, first, second, third].map((n) => renumbered.get(n))).toEqual([1, 2, 3, 4]);
  });
});

describe('footnotes in the document model', () => {
  it('are valid stored blocks, and read as text where the marker stands', () => {
    const blocks = [withNote('The statute', 'See § 752.053.', ' applies.')];
    expect(checkBlocks(blocks).ok).toBe(true);
    expect(blocksToPlainText(blocks)).toBe('The statute[Note: See § 752.053.] applies.');
    const nested = [{ type: 'paragraph', children: [{ type: 'footnote', children: [note('x')] }] }];
    expect(checkBlocks(nested).ok).toBe(false);
  });
});
