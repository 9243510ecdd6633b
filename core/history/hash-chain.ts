// The audit trail's seal: each entry's fingerprint covers its own content and the fingerprint of the entry
// before it, so changing, removing or inserting an entry anywhere breaks the chain from there on. The
// fingerprint function (SHA-256 on the Node side) is passed in, as core has no crypto of its own.
import { canonicalJson } from '../versions/canonical-json';
import { describeEntry } from './describe-entry';
import type { HistoryEntry, PendingEntry } from './history-entry';

/** Text -> hex fingerprint (SHA-256 in the app and the CLI). */
export type HashText = (text: string) => string;

export type ChainCheck = { ok: true } | { ok: false; entry: number; message: string };

const fingerprint = (entry: HistoryEntry, hash: HashText): string =>
  hash(canonicalJson({ ...entry, hash: undefined }));

/** Appends pending entries to a sealed history, each chained to the one before it. */
export function sealEntries(
  sealed: readonly HistoryEntry[],
  pending: readonly PendingEntry[],
  author: string,
  hash: HashText,
): HistoryEntry[] {
  const out = [...sealed];
  let prev = sealed.at(-1)?.hash ?? '';
  for (const entry of pending) {
    const unsealed: HistoryEntry = { ...entry, author: entry.author || author, prev, hash: undefined };
    const next = { ...unsealed, hash: fingerprint(unsealed, hash) };
    out.push(next);
    prev = next.hash;
  }
  return out;
}

/** "entry 5 (Changed respondent.city …, 2025-03-12 14:05 by jdoe)": how messages name an entry. */
export const entryLabel = (entry: HistoryEntry, index: number): string =>
  `entry ${index + 1} (${describeEntry(entry)}, ${entry.at.slice(0, 16).replace('T', ' ')}${entry.author ? ` by ${entry.author}` : ''})`;

/** Checks every fingerprint and link; the first broken entry is named. */
export function verifyChain(entries: readonly HistoryEntry[], hash: HashText): ChainCheck {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const label = entryLabel(entry, i);
    if (entry.hash === undefined)
      return { ok: false, entry: i + 1, message: `The history's ${label} was never sealed by a save.` };
    const expectedPrev = i === 0 ? '' : entries[i - 1]!.hash;
    if (entry.prev !== expectedPrev)
      return {
        ok: false,
        entry: i + 1,
        message: `The history's ${label} does not follow the entry before it: an entry was removed, inserted or altered there.`,
      };
    if (fingerprint(entry, hash) !== entry.hash)
      return {
        ok: false,
        entry: i + 1,
        message: `The history's ${label} was altered after it was recorded: its content no longer matches its fingerprint.`,
      };
  }
  return { ok: true };
}
