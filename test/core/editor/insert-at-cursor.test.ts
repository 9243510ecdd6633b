import { describe, expect, it } from 'vitest';
import { Editor } from 'slate';
import { withHistory } from 'slate-history';
import type { BlockNode } from '../../../core/document/model';
import {
  insertBlocksAtCursor,
  insertExhibitReference,
  placementWords,
  setExhibitLabels,
} from '../../../core/editor/insert-at-cursor';
import { editorWith, outline, p } from './editor-fixture';

const quote: BlockNode[] = [
  { type: 'block-quote', children: [p('Officers shall forward every request.')] },
  p('General Order 301.00, § 3.2, at 2.'),
];

describe('quoting into the draft', () => {
  it('splits the paragraph at the cursor and puts the quote and citation between the halves', () => {
    const editor = editorWith([p('Before after')], { path: [0, 0], offset: 7 });
    insertBlocksAtCursor(editor, quote);
    expect(outline(editor.children)).toEqual([
      { paragraph: 'Before ' },
      { 'block-quote': [{ paragraph: 'Officers shall forward every request.' }] },
      { paragraph: 'General Order 301.00, § 3.2, at 2.' },
      { paragraph: 'after' },
    ]);
  });

  it('goes after the paragraph when the cursor is at its end, and replaces an empty paragraph', () => {
    const atEnd = editorWith([p('First.'), p('Last.')], { path: [0, 0], offset: 6 });
    insertBlocksAtCursor(atEnd, quote);
    expect(outline(atEnd.children).map((b) => Object.keys(b as object)[0])).toEqual([
      'paragraph',
      'block-quote',
      'paragraph',
      'paragraph',
    ]);
    const empty = editorWith([p('First.'), p('')], { path: [1, 0], offset: 0 });
    insertBlocksAtCursor(empty, quote);
    expect(empty.children).toHaveLength(3);
  });

  it('goes at the end of the draft when the editor has no cursor, and one undo removes it', () => {
    const editor = withHistory(editorWith([p('Only paragraph.')]));
    expect(insertBlocksAtCursor(editor, quote)).toBe('end');
    expect(outline(editor.children)[1]).toEqual({
      'block-quote': [{ paragraph: 'Officers shall forward every request.' }],
    });
    editor.undo();
    expect(outline(editor.children)).toEqual([{ paragraph: 'Only paragraph.' }]);
  });

  it('without a cursor, goes at the end of the letter body: before the signature, copies and enclosures', () => {
    const letter: BlockNode[] = [
      p('Body paragraph.'),
      { type: 'signature-block', children: [p('Sincerely,'), p('City Attorney')] },
      { type: 'cc-block', children: [p('cc: Mayor')] },
      { type: 'enclosures', children: [p('Enclosures')] },
    ];
    const editor = withHistory(editorWith(letter));
    expect(insertBlocksAtCursor(editor, quote)).toBe('signature-block');
    expect(editor.children.map((b) => ('type' in b ? b.type : 'text'))).toEqual([
      'paragraph',
      'block-quote',
      'paragraph',
      'signature-block',
      'cc-block',
      'enclosures',
    ]);
    editor.undo();
    expect(editor.children).toHaveLength(4);

    const noSignature = editorWith([p('Body.'), { type: 'cc-block', children: [p('cc: Mayor')] }]);
    expect(insertBlocksAtCursor(noSignature, quote)).toBe('cc-block');
    expect(outline(noSignature.children).at(-1)).toEqual({ 'cc-block': [{ paragraph: 'cc: Mayor' }] });
  });

  it('uses the last cursor even in the signature block, and says where the quote went', () => {
    const editor = editorWith([p('Body.'), { type: 'signature-block', children: [p('Sincerely,')] }], {
      path: [0, 0],
      offset: 5,
    });
    expect(insertBlocksAtCursor(editor, quote)).toBe('cursor');
    expect(outline(editor.children)[1]).toEqual({
      'block-quote': [{ paragraph: 'Officers shall forward every request.' }],
    });
    expect(placementWords('cursor')).toBe('at the cursor');
    expect(placementWords('signature-block')).toBe('before the signature block');
    expect(placementWords('end')).toBe('at the end of the draft');
  });

  it('never nests the quote inside a list item', () => {
    const editor = editorWith(
      [{ type: 'bulleted-list', children: [{ type: 'list-item', children: [p('Item')] }] }],
      { path: [0, 0, 0, 0], offset: 4 },
    );
    insertBlocksAtCursor(editor, quote);
    expect(editor.children.map((b) => ('type' in b ? b.type : 'text'))).toEqual([
      'bulleted-list',
      'block-quote',
      'paragraph',
    ]);
  });
});

describe('exhibit references', () => {
  it('inserts a reference at the cursor and keeps typing after it', () => {
    const editor = editorWith([p('See  attached.')], { path: [0, 0], offset: 4 });
    insertExhibitReference(editor, 'ex-2', 'B');
    editor.insertText('x');
    const para = editor.children[0] as { children: unknown[] };
    expect(para.children).toEqual([
      { text: 'See ' },
      { type: 'exhibit-ref', exhibitId: 'ex-2', label: 'B', children: [{ text: '' }] },
      { text: 'x attached.' },
    ]);
  });

  it('relabels references and marks those whose exhibit is gone', () => {
    const editor = editorWith([p('See ')], { path: [0, 0], offset: 4 });
    insertExhibitReference(editor, 'ex-1', 'A');
    insertExhibitReference(editor, 'ex-2', 'B');
    const changed = setExhibitLabels(editor, new Map([['ex-2', 'A']]), '[deleted]');
    expect(changed).toBe(2);
    const labels = Array.from(
      Editor.nodes(editor, { at: [], match: (n) => 'type' in n && n.type === 'exhibit-ref' }),
    ).map(([n]) => (n as { label: string }).label);
    expect(labels).toEqual(['[deleted]', 'A']);
  });
});
