// Brings a draft up to date with a new render of its template, as a three-way merge of the render the draft
// was last bound to (base), the attorney's draft (mine) and the new render (theirs), block by block:
// - a passage only the matter changed takes the new render;
// - a passage only the attorney changed stays as written;
// - a passage both changed becomes a matter-update node (the attorney's text plus the proposed text), for the
//   attorney to accept or keep, so nothing they wrote is ever overwritten silently.
// Pending matter-update nodes stand for their proposed text when compared with the base, so a later change
// of the same passage updates the proposal instead of stacking a second review.
import type { BlockNode, ContentBlock, MatterUpdateNode } from '../document/model';
import { isMatterUpdate } from '../document/model';
import { blockKey, sameBlocks } from './block-key';
import { segments, type Segment } from './diff3-segments';

export interface MergeResult {
  body: BlockNode[];
  /** True when the body's passages changed (not just chip values): the draft was out of date. */
  changed: boolean;
}

interface Expanded {
  block: BlockNode;
  /** The pending update this block is the proposed text of, if any. */
  update: MatterUpdateNode | undefined;
}

function expand(mine: readonly BlockNode[]): Expanded[] {
  return mine.flatMap((block): Expanded[] => {
    if (!isMatterUpdate(block)) return [{ block, update: undefined }];
    // A proposal to remove the passage still holds its place, so the review is never dropped.
    if (block.proposed.length === 0) return [{ block: placeholder(block), update: block }];
    return block.proposed.map((p) => ({ block: p, update: block }));
  });
}

/** Stands for a review whose proposal is empty: a block that matches nothing in any render. */
const placeholder = (update: MatterUpdateNode): BlockNode => ({
  type: 'paragraph',
  children: [{ text: `\u0000review ${update.id}` }],
});

/** Joins neighbouring segments where a pending update would otherwise be cut in two. */
function keepUpdatesWhole(list: Segment[], expanded: Expanded[]): Segment[] {
  const joined: Segment[] = [];
  for (const segment of list) {
    const previous = joined[joined.length - 1];
    const at = segment.mine[0];
    const inside = at > 0 && at < expanded.length && expanded[at - 1]!.update !== undefined;
    if (previous && inside && expanded[at - 1]!.update === expanded[at]!.update) {
      previous.base[1] = segment.base[1];
      previous.mine[1] = segment.mine[1];
      previous.theirs[1] = segment.theirs[1];
    } else {
      joined.push({ base: [...segment.base], mine: [...segment.mine], theirs: [...segment.theirs] });
    }
  }
  return joined;
}

/** The attorney's own blocks for a run of the expanded draft: pending updates stand for their children. */
function original(run: Expanded[], unwrap: boolean): BlockNode[] {
  const out: BlockNode[] = [];
  let last: MatterUpdateNode | undefined;
  for (const { block, update } of run) {
    if (!update) out.push(block);
    else if (update !== last) out.push(...(unwrap ? update.children : [update]));
    last = update;
  }
  return out;
}

let counter = 0;
const newUpdateId = (): string => `update-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** Where the base run stands whole inside the attorney's run (they only added blocks around it), or -1. */
function baseWithin(mineRun: BlockNode[], baseRun: BlockNode[]): number {
  for (let at = 0; at + baseRun.length <= mineRun.length; at++) {
    if (sameBlocks(mineRun.slice(at, at + baseRun.length), baseRun)) return at;
  }
  return -1;
}

/** An entry and the next belong to the same pending update: a run may not be cut between them. */
const cutsUpdate = (run: Expanded[], at: number): boolean =>
  at > 0 && at < run.length && run[at - 1]!.update !== undefined && run[at - 1]!.update === run[at]!.update;

function resolve(baseRun: BlockNode[], mineRun: Expanded[], theirsRun: BlockNode[]): BlockNode[] {
  if (sameBlocks(theirsRun, baseRun)) return original(mineRun, false);
  // The base run stands whole in the attorney's run: they only added paragraphs around the passage, and
  // those stay where they are while the passage itself follows the matter.
  const at = baseWithin(
    mineRun.map((e) => e.block),
    baseRun,
  );
  const end = at + baseRun.length;
  if (at >= 0 && !cutsUpdate(mineRun, at) && !cutsUpdate(mineRun, end)) {
    return [
      ...original(mineRun.slice(0, at), false),
      ...follow(mineRun.slice(at, end), theirsRun),
      ...original(mineRun.slice(end), false),
    ];
  }
  const hasUpdate = mineRun.some((e) => e.update);
  const attorney = original(mineRun, true) as ContentBlock[];
  if (sameBlocks(attorney, theirsRun)) return attorney;
  if (!hasUpdate && baseRun.length === mineRun.length && baseRun.length === theirsRun.length) {
    return blockByBlock(baseRun, attorney, theirsRun);
  }
  return [reviewOf(attorney, theirsRun as ContentBlock[], mineRun.find((e) => e.update)?.update)];
}

/**
 * A run the attorney left as the base had it (pending reviews standing for their proposals) takes the new
 * render; a review in it keeps the attorney's text and now proposes the new render, or settles by itself
 * when the matter comes round to the attorney's text.
 */
function follow(run: Expanded[], theirsRun: BlockNode[]): BlockNode[] {
  const pending = run.find((e) => e.update)?.update;
  if (!pending) return theirsRun;
  const attorney = original(run, true) as ContentBlock[];
  if (sameBlocks(attorney, theirsRun)) return attorney;
  return [reviewOf(attorney, theirsRun as ContentBlock[], pending)];
}

function reviewOf(
  attorney: ContentBlock[],
  proposed: ContentBlock[],
  pending: MatterUpdateNode | undefined,
): MatterUpdateNode {
  // Slate needs at least one child: a passage the attorney deleted shows as an empty paragraph.
  const children: ContentBlock[] =
    attorney.length > 0 ? attorney : [{ type: 'paragraph', children: [{ text: '' }] }];
  return { type: 'matter-update', id: pending?.id ?? newUpdateId(), proposed, children };
}

/**
 * Both sides changed the same run but only replaced blocks one for one (the attorney edited one paragraph, the
 * matter another next to it): settle each block alone, and ask about the blocks both changed.
 */
function blockByBlock(base: BlockNode[], mine: ContentBlock[], theirs: BlockNode[]): BlockNode[] {
  const out: BlockNode[] = [];
  let conflict: { mine: ContentBlock[]; theirs: ContentBlock[] } | undefined;
  const flush = () => {
    if (conflict) out.push(reviewOf(conflict.mine, conflict.theirs, undefined));
    conflict = undefined;
  };
  base.forEach((block, k) => {
    const [own, matter] = [mine[k]!, theirs[k] as ContentBlock];
    if (sameBlocks([matter], [block])) return void (flush(), out.push(own));
    if (sameBlocks([own], [block]) || sameBlocks([own], [matter])) return void (flush(), out.push(matter));
    conflict ??= { mine: [], theirs: [] };
    conflict.mine.push(own);
    conflict.theirs.push(matter);
  });
  flush();
  return out;
}

/** Merges `theirs` (the new render) into `mine` (the draft), given `base` (the render `mine` started from). */
export function mergeRender(
  base: readonly BlockNode[],
  mine: readonly BlockNode[],
  theirs: readonly BlockNode[],
): MergeResult {
  if (sameBlocks(base, theirs)) return { body: [...mine], changed: false };
  const expanded = expand(mine);
  const list = keepUpdatesWhole(
    segments(
      base.map(blockKey),
      expanded.map((e) => blockKey(e.block)),
      theirs.map(blockKey),
    ),
    expanded,
  );
  const body = list.flatMap((s) =>
    resolve(base.slice(...s.base), expanded.slice(...s.mine), theirs.slice(...s.theirs)),
  );
  return { body, changed: !sameBlocks(body, mine) };
}
