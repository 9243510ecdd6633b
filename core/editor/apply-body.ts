// Puts a bound body (bindDraft's result) into the open editor as Slate operations: only the top-level
// passages that changed are replaced, and chips whose value changed are set, so the caret, the undo history
// and React's rendering of everything else stay as they were.
import { Editor, Element, Transforms } from 'slate';
import type { Node, Path } from 'slate';
import type { BlockNode } from '../document/model';
import { blockKey } from '../merge/block-key';
import { matchSequences } from '../merge/match-blocks';
import './slate-types';

interface Run {
  at: number;
  remove: number;
  insert: BlockNode[];
}

/** Runs of the current blocks to replace, from the last to the first (so earlier indexes stay valid). */
function changedRuns(current: readonly BlockNode[], next: readonly BlockNode[]): Run[] {
  const pairs = matchSequences(current.map(blockKey), next.map(blockKey));
  const runs: Run[] = [];
  let [i, j] = [0, 0];
  const flush = (toI: number, toJ: number) => {
    if (toI > i || toJ > j) runs.push({ at: i, remove: toI - i, insert: next.slice(j, toJ) });
  };
  for (const [ci, nj] of [...pairs].sort((a, b) => a[0] - b[0])) {
    flush(ci, nj);
    [i, j] = [ci + 1, nj + 1];
  }
  flush(current.length, next.length);
  return runs.reverse();
}

type Patch = { path: Path; props: Record<string, unknown> };

/** Chip values, reference labels and proposed texts that differ between the editor and `fresh`. */
function derivedPatches(current: Node, fresh: Node | undefined, path: Path, into: Patch[]): void {
  if (fresh === undefined || current === fresh || !Element.isElement(current) || !Element.isElement(fresh))
    return;
  if (current.type === 'field' && fresh.type === 'field') {
    if (current.value !== fresh.value || current.path !== fresh.path)
      into.push({ path, props: { value: fresh.value, path: fresh.path } });
    return;
  }
  if (current.type === 'exhibit-ref' && fresh.type === 'exhibit-ref') {
    if (current.label !== fresh.label) into.push({ path, props: { label: fresh.label } });
    return;
  }
  if (current.type === 'matter-update' && fresh.type === 'matter-update') {
    if (JSON.stringify(current.proposed) !== JSON.stringify(fresh.proposed))
      into.push({ path, props: { proposed: fresh.proposed } });
  }
  current.children.forEach((child, i) => derivedPatches(child, fresh.children[i], [...path, i], into));
}

/** Makes the editor's blocks equal `next`; returns how many passages were replaced. */
export function applyBody(editor: Editor, next: readonly BlockNode[]): number {
  const runs = changedRuns(editor.children as BlockNode[], next);
  Editor.withoutNormalizing(editor, () => {
    for (const run of runs) {
      for (let k = 0; k < run.remove; k++) Transforms.removeNodes(editor, { at: [run.at] });
      if (run.insert.length > 0) Transforms.insertNodes(editor, run.insert, { at: [run.at], select: false });
    }
    const patches: Patch[] = [];
    editor.children.forEach((block, i) => derivedPatches(block, next[i], [i], patches));
    for (const patch of patches) Transforms.setNodes(editor, patch.props, { at: patch.path });
  });
  return runs.length;
}
