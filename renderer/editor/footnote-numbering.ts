// The number each footnote shows in the editor: worked out once per change of the draft (from the blocks,
// in reading order) and read by every footnote; inserting a note before others renumbers those after it.
import { useSyncExternalStore } from 'react';
import type { Descendant } from 'slate';
import { useSlateStatic } from 'slate-react';
import { footnoteNumbers } from '../../core/document/footnote-numbers';
import type { FootnoteNode } from '../../core/document/model';
import { onDraftChange } from './draft-changes';

const numbersByBlocks = new WeakMap<readonly Descendant[], Map<FootnoteNode, number>>();

function numberOf(blocks: readonly Descendant[], note: FootnoteNode): number {
  let numbers = numbersByBlocks.get(blocks);
  if (!numbers) {
    numbers = footnoteNumbers(blocks);
    numbersByBlocks.set(blocks, numbers);
  }
  return numbers.get(note) ?? 0;
}

export function useFootnoteNumber(note: FootnoteNode): number {
  const editor = useSlateStatic();
  return useSyncExternalStore(onDraftChange, () => numberOf(editor.children, note));
}
