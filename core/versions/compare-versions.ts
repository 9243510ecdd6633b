// Compare two versions of a draft: the later version with every change marked, and how much changed. The
// app shows it (moved text unflagged); a redline DOCX writes it as tracked changes (moves as deletions and
// insertions, so accepting or rejecting every change gives back exactly one version or the other).
import type { BlockNode, ContentBlock } from '../document/model';
import { isWhitespaceToken, legalTokens } from '../diff/legal-tokens';
import { compareBlocks, type CompareOptions } from './compare-blocks';
import { flattenBlocks } from './flatten-blocks';
import type { RevisedText } from './revised-text';

export interface CompareStats {
  /** Words inserted and deleted (an amount, a citation or a date counts as one). */
  inserted: number;
  deleted: number;
  /** Stretches of text whose formatting alone changed. */
  formatted: number;
  /** Passages moved unchanged (only counted when moves are unflagged). */
  moved: number;
}

export interface Comparison {
  blocks: ContentBlock[];
  stats: CompareStats;
}

/** Every list of inline runs in the blocks (paragraphs, headings, cells, …), in document order. */
function paragraphsOf(nodes: readonly unknown[], out: RevisedText[][] = []): RevisedText[][] {
  for (const node of nodes) {
    const children = (node as { children?: unknown[] }).children;
    if (!Array.isArray(children)) continue;
    if (children.every((child) => typeof (child as RevisedText).text === 'string'))
      out.push(children as RevisedText[]);
    else paragraphsOf(children, out);
  }
  return out;
}

const wordCount = (text: string): number => legalTokens(text).filter((t) => !isWhitespaceToken(t)).length;
const phraseKey = (runs: readonly RevisedText[]): string =>
  runs
    .map((run) => run.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

interface Group {
  runs: RevisedText[];
  kind: 'insert' | 'delete';
}

/** Consecutive inserted (or deleted) runs of one paragraph, each as one phrase. */
function groupsOf(paragraph: RevisedText[]): Group[] {
  const groups: Group[] = [];
  let open: Group | undefined;
  for (const run of paragraph) {
    const kind = run.revision?.kind;
    if (kind !== 'insert' && kind !== 'delete') open = undefined;
    else if (open?.kind === kind) open.runs.push(run);
    else groups.push((open = { runs: [run], kind }));
  }
  return groups;
}

/**
 * A sentence moved inside or between paragraphs reads, in a word diff, as a phrase deleted in one place and
 * the same phrase inserted in another. Phrases of four words or more that match are shown unchanged where
 * they now stand and dropped where they were.
 */
function unflagMovedPhrases(blocks: ContentBlock[]): number {
  const paragraphs = paragraphsOf(blocks);
  const groups = paragraphs.flatMap(groupsOf);
  const deleted = new Map<string, Group[]>();
  for (const group of groups) {
    const key = phraseKey(group.runs);
    if (group.kind === 'delete' && wordCount(key) >= 4)
      deleted.set(key, [...(deleted.get(key) ?? []), group]);
  }
  const dropped = new Set<RevisedText>();
  let moved = 0;
  for (const group of groups) {
    if (group.kind !== 'insert') continue;
    const match = deleted.get(phraseKey(group.runs))?.shift();
    if (!match) continue;
    moved++;
    for (const run of match.runs) dropped.add(run);
    for (const run of group.runs) delete run.revision;
  }
  for (const paragraph of paragraphs) {
    const kept = paragraph.filter((run) => !dropped.has(run));
    paragraph.splice(0, paragraph.length, ...(kept.length > 0 ? kept : [{ text: '' }]));
  }
  return moved;
}

function countChanges(blocks: readonly ContentBlock[]): Omit<CompareStats, 'moved'> {
  const stats = { inserted: 0, deleted: 0, formatted: 0 };
  for (const paragraph of paragraphsOf(blocks))
    for (const run of paragraph) {
      if (run.revision?.kind === 'insert') stats.inserted += wordCount(run.text);
      if (run.revision?.kind === 'delete') stats.deleted += wordCount(run.text);
      if (run.revision?.kind === 'format') stats.formatted++;
    }
  return stats;
}

export function compareVersions(
  before: readonly BlockNode[],
  after: readonly BlockNode[],
  options: CompareOptions,
): Comparison {
  const run = { ...options, moved: 0 };
  const blocks = compareBlocks(flattenBlocks(before), flattenBlocks(after), run);
  const phrases = options.moves === 'unflagged' ? unflagMovedPhrases(blocks) : 0;
  return { blocks, stats: { ...countChanges(blocks), moved: run.moved + phrases } };
}

/** "12 words inserted, 3 deleted, formatting changed in 2 places": a compare in words; empty if nothing changed. */
export function describeStats(stats: CompareStats): string {
  const parts: string[] = [];
  const words = (n: number) => `${n} word${n === 1 ? '' : 's'}`;
  if (stats.inserted > 0) parts.push(`${words(stats.inserted)} inserted`);
  if (stats.deleted > 0)
    parts.push(parts.length > 0 ? `${stats.deleted} deleted` : `${words(stats.deleted)} deleted`);
  if (stats.formatted > 0)
    parts.push(`formatting changed in ${stats.formatted} place${stats.formatted === 1 ? '' : 's'}`);
  if (stats.moved > 0) parts.push(`${stats.moved} passage${stats.moved === 1 ? '' : 's'} moved`);
  return parts.join(', ');
}
