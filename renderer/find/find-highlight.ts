// Shows Find's matches in the page without touching the document or its rendering: the CSS Custom
// Highlight API paints DOM ranges (styled in find.css), so even thousands of matches cost no React work.
import { Node } from 'slate';
import type { Range as SlateRange } from 'slate';
import { ReactEditor } from 'slate-react';
import type { FindMatch } from '../../core/editor/find-matches';
import type { DeskEditor } from '../editor/slate-editor-type';

/** Painting more than this many is of no use to anyone and costs time on a long draft. */
const MOST_SHOWN = 2000;

const supported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS;

/** The DOM range of a match: the chip as a whole for a match in a chip, else its text. */
export function domRangeOf(editor: DeskEditor, match: FindMatch): Range | undefined {
  try {
    if (match.place.kind === 'text') return ReactEditor.toDOMRange(editor, match.range as SlateRange);
    const range = document.createRange();
    range.selectNode(ReactEditor.toDOMNode(editor, Node.get(editor, match.place.chipPath)));
    return range;
  } catch {
    // Not rendered yet (a long draft mounts its later pages in the background) or edited away.
    return undefined;
  }
}

export function showMatches(editor: DeskEditor, matches: readonly FindMatch[], current: number): void {
  if (!supported()) return;
  const all = new Highlight();
  matches.slice(0, MOST_SHOWN).forEach((match, index) => {
    if (index === current) return;
    const range = domRangeOf(editor, match);
    if (range) all.add(range);
  });
  CSS.highlights.set('find-match', all);
  const chosen = matches[current] && domRangeOf(editor, matches[current]);
  CSS.highlights.set('find-current', chosen ? new Highlight(chosen) : new Highlight());
}

export function clearMatches(): void {
  if (!supported()) return;
  CSS.highlights.delete('find-match');
  CSS.highlights.delete('find-current');
}

/** Scrolls the page so the match is in view, in the middle of the window. */
export function scrollToMatch(editor: DeskEditor, match: FindMatch): void {
  const range = domRangeOf(editor, match);
  const target = range?.startContainer;
  const element = target instanceof globalThis.Element ? target : target?.parentElement;
  element?.scrollIntoView({ block: 'center' });
}
