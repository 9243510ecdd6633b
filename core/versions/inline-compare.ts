// Two versions of one paragraph compared word by word (the legal-unit diff of core/diff), with formatting
// compared letter by letter on the words both keep: a word made bold is a formatting change, not a rewrite.
import type { FormattedText } from '../document/model';
import { wordDiff } from '../diff/word-diff';
import { bitsToMarks, marksToBits, type RevisedText, type Revision } from './revised-text';

/** Formatting bits for every character of the runs' text. */
function charBits(runs: readonly FormattedText[]): Uint8Array {
  const length = runs.reduce((sum, run) => sum + run.text.length, 0);
  const bits = new Uint8Array(length);
  let at = 0;
  for (const run of runs) {
    bits.fill(marksToBits(run), at, at + run.text.length);
    at += run.text.length;
  }
  return bits;
}

/** Appends a run, merged into the last one when it reads and is marked the same. */
function push(out: RevisedText[], text: string, bits: number, revision?: Revision): void {
  if (text === '') return;
  const last = out.at(-1);
  const key = JSON.stringify(revision ?? null);
  if (last && marksToBits(last) === bits && JSON.stringify(last.revision ?? null) === key) {
    last.text += text;
    return;
  }
  out.push({ text, ...bitsToMarks(bits), ...(revision ? { revision } : {}) });
}

/** Runs of one side's text between `from` and `to`, split where its formatting changes. */
function pushSide(
  out: RevisedText[],
  text: string,
  bits: Uint8Array,
  from: number,
  to: number,
  kind: 'insert' | 'delete',
): void {
  for (let start = from; start < to;) {
    let end = start + 1;
    while (end < to && bits[end] === bits[start]) end++;
    push(out, text.slice(start, end), bits[start]!, { kind });
    start = end;
  }
}

/** Words both versions keep, split where either side's formatting changes; a difference is a format change. */
function pushSame(
  out: RevisedText[],
  after: { text: string; bits: Uint8Array; at: number },
  before: { bits: Uint8Array; at: number },
  length: number,
): void {
  for (let k = 0; k < length;) {
    const now = after.bits[after.at + k]!;
    const was = before.bits[before.at + k]!;
    let end = k + 1;
    while (end < length && after.bits[after.at + end] === now && before.bits[before.at + end] === was) end++;
    const text = after.text.slice(after.at + k, after.at + end);
    // Spaces carry no visible formatting, so a space between a bold word and a plain one is no change.
    const visible = now !== was && text.trim() !== '';
    push(out, text, now, visible ? { kind: 'format', from: bitsToMarks(was) } : undefined);
    k = end;
  }
}

/** The paragraph as the later version has it, with what the earlier one had inserted, deleted or reformatted. */
export function compareInline(
  before: readonly FormattedText[],
  after: readonly FormattedText[],
): RevisedText[] {
  const beforeText = before.map((run) => run.text).join('');
  const afterText = after.map((run) => run.text).join('');
  const beforeBits = charBits(before);
  const afterBits = charBits(after);
  const out: RevisedText[] = [];
  let b = 0;
  let a = 0;
  for (const part of wordDiff(beforeText, afterText)) {
    const length = part.text.length;
    if (part.kind === 'delete') {
      pushSide(out, beforeText, beforeBits, b, b + length, 'delete');
      b += length;
    } else if (part.kind === 'insert') {
      pushSide(out, afterText, afterBits, a, a + length, 'insert');
      a += length;
    } else {
      pushSame(out, { text: afterText, bits: afterBits, at: a }, { bits: beforeBits, at: b }, length);
      a += length;
      b += length;
    }
  }
  return out.length > 0 ? out : [{ text: '' }];
}

/** A whole passage inserted or deleted: every run marked so. */
export const markAll = (runs: readonly FormattedText[], kind: 'insert' | 'delete'): RevisedText[] =>
  runs.map((run) => (run.text === '' ? { ...run } : { ...run, revision: { kind } }));
