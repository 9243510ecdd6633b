// Lines up the blocks (or list items, rows, paragraphs) of two versions: unchanged ones match by content,
// and within a stretch that changed, a deleted block and an inserted block of the same kind that share
// enough words are one block edited. A block deleted in one place and inserted unchanged in another has
// moved; a compare shown in the app does not flag it.
import { diffArrays } from 'diff';

export type Aligned<T> =
  | { kind: 'same'; after: T }
  | { kind: 'moved'; after: T }
  | { kind: 'changed'; before: T; after: T }
  | { kind: 'insert'; after: T }
  | { kind: 'delete'; before: T };

export interface AlignRules<T> {
  keyOf: (node: T) => string;
  /** Whether a deleted and an inserted node read as one node edited. */
  canPair: (before: T, after: T) => boolean;
  /** Whether a node deleted here and inserted unchanged elsewhere shows as moved (else: deleted and inserted). */
  moves: boolean;
  /** Nodes with no words (an empty paragraph, a page break) are never "moved". */
  movable: (node: T) => boolean;
}

interface Hunk {
  deleted: number[];
  inserted: number[];
}

type Piece = { same: number; at: number } | Hunk;

function pieces(before: string[], after: string[]): Piece[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  const out: Piece[] = [];
  for (let i = 0; i < head; i++) out.push({ same: i, at: i });
  let b = head;
  let a = head;
  let hunk: Hunk | undefined;
  const middle = diffArrays(before.slice(head, before.length - tail), after.slice(head, after.length - tail));
  for (const change of middle) {
    const count = change.value.length;
    if (!change.added && !change.removed) {
      hunk = undefined;
      for (let k = 0; k < count; k++) out.push({ same: b++, at: a++ });
      continue;
    }
    if (!hunk) out.push((hunk = { deleted: [], inserted: [] }));
    for (let k = 0; k < count; k++) {
      if (change.removed) hunk.deleted.push(b++);
      else hunk.inserted.push(a++);
    }
  }
  for (let i = 0; i < tail; i++) out.push({ same: b + i, at: a + i });
  return out;
}

/** Keys deleted somewhere and inserted somewhere else, as many times as both happen. */
function movedKeys(hunks: Hunk[], before: string[], after: string[], movable: (i: number) => boolean) {
  const deleted = new Map<string, number>();
  for (const hunk of hunks)
    for (const i of hunk.deleted) if (movable(i)) deleted.set(before[i]!, (deleted.get(before[i]!) ?? 0) + 1);
  const moved = new Map<string, number>();
  for (const hunk of hunks)
    for (const i of hunk.inserted) {
      const key = after[i]!;
      const left = deleted.get(key) ?? 0;
      if (left === 0) continue;
      deleted.set(key, left - 1);
      moved.set(key, (moved.get(key) ?? 0) + 1);
    }
  return moved;
}

export function alignNodes<T>(before: readonly T[], after: readonly T[], rules: AlignRules<T>): Aligned<T>[] {
  const beforeKeys = before.map(rules.keyOf);
  const afterKeys = after.map(rules.keyOf);
  const parts = pieces(beforeKeys, afterKeys);
  const hunks = parts.filter((p): p is Hunk => 'deleted' in p);
  const moved = rules.moves
    ? movedKeys(hunks, beforeKeys, afterKeys, (i) => rules.movable(before[i]!))
    : new Map<string, number>();
  const dropDeleted = new Map(moved);
  const out: Aligned<T>[] = [];
  for (const part of parts) {
    if (!('deleted' in part)) {
      out.push({ kind: 'same', after: after[part.at]! });
      continue;
    }
    const deleted = part.deleted.filter((i) => !take(dropDeleted, beforeKeys[i]!));
    let next = 0;
    for (const i of part.inserted) {
      const node = after[i]!;
      if (take(moved, afterKeys[i]!)) {
        out.push({ kind: 'moved', after: node });
        continue;
      }
      const match = deleted.findIndex((d, k) => k >= next && rules.canPair(before[d]!, node));
      if (match < 0) {
        out.push({ kind: 'insert', after: node });
        continue;
      }
      for (; next < match; next++) out.push({ kind: 'delete', before: before[deleted[next]!]! });
      out.push({ kind: 'changed', before: before[deleted[match]!]!, after: node });
      next = match + 1;
    }
    for (; next < deleted.length; next++) out.push({ kind: 'delete', before: before[deleted[next]!]! });
  }
  return out;
}

/** Takes one from a count; true when there was one to take. */
function take(counts: Map<string, number>, key: string): boolean {
  const left = counts.get(key) ?? 0;
  if (left === 0) return false;
  counts.set(key, left - 1);
  return true;
}
