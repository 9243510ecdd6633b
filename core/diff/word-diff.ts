// Word-level compare of two texts, shown the way Word's compare reads: whole legal units replaced,
// and a replaced run of words as one deletion followed by one insertion.
import { diffArrays } from 'diff';
import { isWhitespaceToken, legalTokens } from './legal-tokens';

export type DiffPart = { kind: 'same' | 'insert' | 'delete'; text: string };
export type DiffStats = { inserted: number; deleted: number };

type Run = { kind: DiffPart['kind']; tokens: string[] };
// Consecutive changes, with the single spaces between them, shown as one replacement.
type Hunk = { runs: Run[] };

/** Compares `before` with `after`; same+delete parts join to `before`, same+insert to `after`. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const changes = diffArrays(legalTokens(before), legalTokens(after));
  const runs = changes.map((change): Run => ({
    kind: change.added ? 'insert' : change.removed ? 'delete' : 'same',
    tokens: change.value,
  }));
  const parts: DiffPart[] = [];
  for (const piece of absorbShortEqualities(groupHunks(runs))) {
    if ('kind' in piece) append(parts, piece.kind, piece.tokens);
    else appendHunk(parts, piece);
  }
  return parts;
}

/** Counts changed words (non-whitespace tokens) for a summary such as "3 words changed". */
export function diffStats(parts: readonly DiffPart[]): DiffStats {
  const words = (text: string) => legalTokens(text).filter((t) => !isWhitespaceToken(t)).length;
  let inserted = 0;
  let deleted = 0;
  for (const part of parts) {
    if (part.kind === 'insert') inserted += words(part.text);
    if (part.kind === 'delete') deleted += words(part.text);
  }
  return { inserted, deleted };
}

// A space on one line between two changes is absorbed into them; a line break is not, so a
// change never reads as spanning two paragraphs.
function isSpaceBridge(run: Run): boolean {
  const only = run.tokens.length === 1 ? run.tokens[0]! : '';
  return run.kind === 'same' && isWhitespaceToken(only) && !/[\n\r]/u.test(only);
}

function groupHunks(runs: readonly Run[]): (Run | Hunk)[] {
  const pieces: (Run | Hunk)[] = [];
  let hunk: Hunk | undefined;
  runs.forEach((run, i) => {
    // diffArrays never emits two 'same' runs in a row, so a same run with a successor sits
    // between two changes when a hunk is open.
    const bridges = hunk !== undefined && isSpaceBridge(run) && i + 1 < runs.length;
    if (run.kind === 'same' && !bridges) {
      hunk = undefined;
      pieces.push(run);
      return;
    }
    if (hunk === undefined) {
      hunk = { runs: [] };
      pieces.push(hunk);
    }
    hunk.runs.push(run);
  });
  return pieces;
}

const wordsIn = (tokens: readonly string[]) => tokens.filter((t) => !isWhitespaceToken(t)).length;

/** How many words a replacement touches: the larger of what it deletes and what it inserts. */
function hunkWords(hunk: Hunk): number {
  const side = (kind: Run['kind']) =>
    wordsIn(hunk.runs.filter((r) => r.kind === kind).flatMap((r) => r.tokens));
  return Math.max(side('delete'), side('insert'));
}

/**
 * A rewritten sentence reads better as one replacement than as a word salad: a short unchanged run between
 * two replacements, shorter than either of them (in words, on one line), joins them, as Word's compare and
 * diff-match-patch's semantic cleanup do. A longer one, such as " records by " between two changed numbers
 * of one word each, stays.
 */
function absorbShortEqualities(pieces: (Run | Hunk)[]): (Run | Hunk)[] {
  const out: (Run | Hunk)[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const left = out.at(-1);
    const right = pieces[i + 1];
    if ('kind' in piece && left && !('kind' in left) && right && !('kind' in right)) {
      const words = wordsIn(piece.tokens);
      const oneLine = !piece.tokens.some((t) => /[\n\r]/u.test(t));
      if (oneLine && words < Math.min(hunkWords(left), hunkWords(right))) {
        left.runs.push(piece, ...right.runs);
        i++;
        continue;
      }
    }
    out.push(piece);
  }
  return out;
}

function appendHunk(parts: DiffPart[], hunk: Hunk): void {
  const deleted = hunk.runs.filter((r) => r.kind !== 'insert').flatMap((r) => r.tokens);
  const inserted = hunk.runs.filter((r) => r.kind !== 'delete').flatMap((r) => r.tokens);
  // Spaces shared by both sides at the edges are unchanged text, not part of the replacement.
  let head = 0;
  while (head < deleted.length && head < inserted.length && deleted[head] === inserted[head]) head++;
  let tail = 0;
  while (
    tail < deleted.length - head &&
    tail < inserted.length - head &&
    deleted[deleted.length - 1 - tail] === inserted[inserted.length - 1 - tail]
  )
    tail++;
  const removed = deleted.slice(head, deleted.length - tail);
  const added = inserted.slice(head, inserted.length - tail);
  // Grouping only an absorbed space on one side would show a space deleted (or inserted) that was
  // never touched; the runs as diffed read better then.
  if (isOnlySpace(removed) !== isOnlySpace(added)) {
    for (const run of hunk.runs) append(parts, run.kind, run.tokens);
    return;
  }
  append(parts, 'same', deleted.slice(0, head));
  append(parts, 'delete', removed);
  append(parts, 'insert', added);
  append(parts, 'same', deleted.slice(deleted.length - tail));
}

function isOnlySpace(tokens: readonly string[]): boolean {
  return tokens.length > 0 && tokens.every(isWhitespaceToken);
}

// Adds tokens as a part, merged into the previous part when it is of the same kind.
function append(parts: DiffPart[], kind: DiffPart['kind'], tokens: readonly string[]): void {
  const text = tokens.join('');
  if (text === '') return;
  const last = parts.at(-1);
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
}
