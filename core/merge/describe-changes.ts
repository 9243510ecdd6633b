// What an update would change in a draft, passage by passage, in words a person reads: the text before and
// after with a word-level diff. Shown before "Update draft" and by `counsel-desk status`.
import type { BlockNode } from '../document/model';
import { isMatterUpdate } from '../document/model';
import { blocksToPlainText } from '../document/plain-text';
import { wordDiff, type DiffPart } from '../diff/word-diff';
import { blockKey } from './block-key';
import { matchSequences } from './match-blocks';

export interface ChangedPassage {
  /** The passage's text now ("" when the update adds it). */
  before: string;
  /** Its text after the update ("" when the update removes it). */
  after: string;
  parts: DiffPart[];
  /** The update leaves the attorney's text and asks for a review instead of changing it. */
  forReview: boolean;
}

// A word diff of pages of text takes seconds and says nothing a reader can take in: past this many
// characters a passage is shown as removed and added whole.
const WORD_DIFF_LIMIT = 20_000;

function diffOf(was: string, now: string): DiffPart[] {
  if (was.length + now.length <= WORD_DIFF_LIMIT) return wordDiff(was, now);
  return [
    ...(was ? [{ kind: 'delete' as const, text: was }] : []),
    ...(now ? [{ kind: 'insert' as const, text: now }] : []),
  ];
}

const textOf = (blocks: readonly BlockNode[]): string => blocksToPlainText(blocks).trim();

/** The passages that differ between two bodies, in document order; chip values alone do not count. */
export function changedPassages(before: readonly BlockNode[], after: readonly BlockNode[]): ChangedPassage[] {
  const pairs = [...matchSequences(before.map(blockKey), after.map(blockKey))].sort((a, b) => a[0] - b[0]);
  const out: ChangedPassage[] = [];
  let [i, j] = [0, 0];
  const passage = (was: string, now: string, forReview: boolean): ChangedPassage => ({
    before: was,
    after: now,
    parts: diffOf(was, now),
    forReview,
  });
  const flush = (toI: number, toJ: number) => {
    if (toI === i && toJ === j) return;
    const added = after.slice(j, toJ);
    const reviews = added.filter(isMatterUpdate);
    // Each passage offered for review is shown on its own: the attorney's text against the matter's.
    for (const review of reviews) out.push(passage(textOf(review.children), textOf(review.proposed), true));
    const reviewed = new Set(reviews.flatMap((r) => r.children.map(blockKey)));
    const was = textOf(before.slice(i, toI).filter((b) => !reviewed.has(blockKey(b))));
    const now = textOf(added.filter((b) => !isMatterUpdate(b)));
    if (was !== '' || now !== '') out.push(passage(was, now, false));
  };
  for (const [bi, aj] of pairs) {
    flush(bi, aj);
    [i, j] = [bi + 1, aj + 1];
  }
  flush(before.length, after.length);
  return out;
}

/** How many passages differ (no word diff: cheap enough for a 300-page draft at every open). */
export function countChangedPassages(before: readonly BlockNode[], after: readonly BlockNode[]): number {
  const pairs = [...matchSequences(before.map(blockKey), after.map(blockKey))].sort((a, b) => a[0] - b[0]);
  let [i, j, count] = [0, 0, 0];
  for (const [bi, aj] of [...pairs, [before.length, after.length] as [number, number]]) {
    if (bi > i || aj > j) count++;
    [i, j] = [bi + 1, aj + 1];
  }
  return count;
}
