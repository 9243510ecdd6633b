import { describe, expect, it } from 'vitest';
import { Node } from 'slate';
import { withHistory } from 'slate-history';
import type { BlockNode, FieldNode, ParagraphNode } from '../../../core/document/model';
import { findMatches } from '../../../core/editor/find-matches';
import {
  newFieldValue,
  replaceAllMatches,
  replaceInValue,
  replaceMatch,
} from '../../../core/editor/replace-matches';
import { editorWith, p } from './editor-fixture';

const ANY = { matchCase: false, wholeWords: false };

const city = (value: string): FieldNode => ({
  type: 'field',
  path: 'respondent.city',
  label: 'City',
  value,
  children: [{ text: '' }],
});

const withChip = (before: string, field: FieldNode, after: string): ParagraphNode => ({
  type: 'paragraph',
  children: [{ text: before }, field, { text: after }],
});

/** Each block's text as the reader sees it, chips included. */
const shown = (node: Node): string => {
  if ('type' in node && node.type === 'field') return node.value;
  return 'children' in node ? node.children.map(shown).join('') : node.text;
};
const texts = (blocks: readonly Node[]) => blocks.map(shown);

describe('finding in the draft', () => {
  it('finds every occurrence in reading order, ignoring case unless asked', () => {
    const editor = editorWith([p('The City denies it.'), p('city records; CITY hall')]);
    expect(findMatches(editor, 'city', ANY).map((m) => m.text)).toEqual(['City', 'city', 'CITY']);
    expect(findMatches(editor, 'city', { ...ANY, matchCase: true }).map((m) => m.text)).toEqual(['city']);
    expect(findMatches(editor, 'City', ANY)[1]!.range).toEqual({
      anchor: { path: [1, 0], offset: 0 },
      focus: { path: [1, 0], offset: 4 },
    });
  });

  it('takes whole words only when asked', () => {
    const editor = editorWith([p('Policy policyholder, policy-based and policy.')]);
    expect(findMatches(editor, 'policy', ANY)).toHaveLength(4);
    expect(
      findMatches(editor, 'policy', { ...ANY, wholeWords: true }).map((m) => m.range.anchor.offset),
    ).toEqual([0, 21, 38]);
  });

  it('matches across formatting and in table cells and quotes, never across paragraphs', () => {
    const blocks: BlockNode[] = [
      { type: 'paragraph', children: [{ text: 'Gov' }, { text: "'t Code", bold: true }] },
      {
        type: 'table',
        children: [{ type: 'table-row', children: [{ type: 'table-cell', children: [p('Gov’t Code')] }] }],
      },
      { type: 'block-quote', children: [p("Gov't")] },
      p('Code'),
    ];
    const found = findMatches(editorWith(blocks), "Gov't Code", ANY);
    expect(found).toHaveLength(1);
    expect(found[0]!.range.focus).toEqual({ path: [0, 1], offset: 7 });
  });

  it('reports a match inside a field chip, an exhibit reference, or partly in a chip', () => {
    const editor = editorWith([
      withChip('The ', city('City of Dallas'), ' answers.'),
      {
        type: 'paragraph',
        children: [
          { text: 'See ' },
          { type: 'exhibit-ref', exhibitId: 'r1', label: 'B', children: [{ text: '' }] },
          { text: '.' },
        ],
      },
    ]);
    const [inChip] = findMatches(editor, 'Dallas', ANY);
    expect(inChip!.place).toMatchObject({ kind: 'field', chipPath: [0, 1], offset: 8 });
    expect(findMatches(editor, 'The City', ANY)[0]!.place.kind).toBe('across-chip');
    expect(findMatches(editor, 'Exhibit B', ANY)[0]!.place).toMatchObject({
      kind: 'exhibit-ref',
      label: 'B',
    });
    // An empty field shows its label in brackets, and is found by it.
    expect(findMatches(editorWith([withChip('', city(''), '')]), '[City]', ANY)[0]!.place.kind).toBe('field');
  });
});

describe('replacing', () => {
  it('replaces one match, keeping the formatting of its first letter', () => {
    const editor = editorWith([
      { type: 'paragraph', children: [{ text: 'the ' }, { text: 'Town', bold: true }, { text: ' says' }] },
    ]);
    const [match] = findMatches(editor, 'Town', ANY);
    expect(replaceMatch(editor, match!, 'City')).toBe(true);
    expect(editor.children[0]).toEqual({
      type: 'paragraph',
      children: [{ text: 'the ' }, { text: 'City', bold: true }, { text: ' says' }],
    });
  });

  it('replaces all in ordinary text as one undo step and leaves chips whole', () => {
    const editor = withHistory(
      editorWith([
        withChip('Town of ', city('Town of Dallas'), ': the Town answers.'),
        p('Town, town and TOWN.'),
      ]),
    );
    const matches = findMatches(editor, 'town', ANY);
    expect(matches).toHaveLength(6);
    const outcome = replaceAllMatches(editor, matches, 'City');
    expect(outcome.replaced).toBe(5);
    expect(outcome.skipped.map((m) => m.place.kind)).toEqual(['field']);
    expect(texts(editor.children)).toEqual([
      'City of Town of Dallas: the City answers.',
      'City, City and City.',
    ]);
    expect((editor.children[0] as ParagraphNode).children[1]).toMatchObject({
      type: 'field',
      value: 'Town of Dallas',
    });
    editor.undo();
    expect(texts(editor.children)).toEqual([
      'Town of Town of Dallas: the Town answers.',
      'Town, town and TOWN.',
    ]);
  });

  it('deletes matches when the replacement is empty, and refuses a chip match one at a time', () => {
    const editor = editorWith([withChip('very very ', city('Dallas'), ' very')]);
    const matches = findMatches(editor, 'very ', ANY);
    replaceAllMatches(editor, matches, '');
    expect(texts(editor.children)).toEqual(['Dallas very']);
    const [chip] = findMatches(editor, 'Dallas', ANY);
    expect(replaceMatch(editor, chip!, 'Austin')).toBe(false);
    expect(texts(editor.children)).toEqual(['Dallas very']);
  });

  it('works out a matter value with the match replaced, unless the chip shows a formatted value', () => {
    const editor = editorWith([withChip('', city('City of Dallas'), '')]);
    const [match] = findMatches(editor, 'dallas', ANY);
    expect(newFieldValue('City of Dallas', match!, 'Austin')).toBe('City of Austin');
    expect(newFieldValue('city of dallas', match!, 'Austin')).toBeUndefined();
  });
});

describe('replacing in a matter value', () => {
  it('replaces every match in the stored value, with the same options', () => {
    expect(replaceInValue('Dallas and dallas', 'dallas', ANY, 'Austin')).toBe('Austin and Austin');
    expect(replaceInValue('Dallas and dallas', 'dallas', { ...ANY, matchCase: true }, 'Austin')).toBe(
      'Dallas and Austin',
    );
    expect(replaceInValue('Dallasite', 'dallas', { ...ANY, wholeWords: true }, 'Austin')).toBe('Dallasite');
  });
});
