// Entries the app or a command added since the last save (a version named or marked sent, a version
// restored, a file exported), applied to the versions they name and passed on to be sealed. A sent version
// is final: a later name or mark for it is not applied (the app and the CLI refuse it before it gets here).
import { canonicalJson } from '../versions/canonical-json';
import { PoolError, readPooled } from '../versions/content-pool';
import type { SaveContext } from '../versions/record-drafts';
import type { VersionMeta, VersionStore } from '../versions/version-store';
import type { PendingEntry } from './history-entry';

/** Kinds the app and the CLI may add; the rest are the save's own to record. */
export const PENDING_KINDS = [
  'version-named',
  'version-sent',
  'version-restored',
  'exported',
  'produced',
] as const;

const versionOf = (store: VersionStore, entry: PendingEntry): VersionMeta | undefined =>
  store.drafts.find((d) => d.draftId === entry.draftId)?.versions.find((v) => v.number === entry.version);

function fingerprint(pool: readonly string[], version: VersionMeta, ctx: SaveContext): string | undefined {
  try {
    return ctx.hash(canonicalJson(readPooled(pool, version.content)));
  } catch (error) {
    if (error instanceof PoolError) return undefined;
    throw error;
  }
}

export function applyPending(
  pending: readonly PendingEntry[],
  store: VersionStore,
  pool: readonly string[],
  ctx: SaveContext,
): { entries: PendingEntry[]; restored: Map<string, number> } {
  const entries: PendingEntry[] = [];
  const restored = new Map<string, number>();
  for (const entry of pending) {
    if (!(PENDING_KINDS as readonly string[]).includes(entry.kind)) continue;
    if (entry.kind === 'exported' || entry.kind === 'produced') {
      entries.push(entry);
      continue;
    }
    const version = versionOf(store, entry);
    if (!version) continue;
    if (entry.kind === 'version-restored') {
      restored.set(entry.draftId!, version.number);
      entries.push(entry);
    } else if (!version.sent && entry.kind === 'version-named' && entry.name !== undefined) {
      version.name = entry.name;
      entries.push(entry);
    } else if (!version.sent && entry.kind === 'version-sent' && entry.sentDate) {
      version.sent = { date: entry.sentDate, markedAt: entry.at, by: entry.author || ctx.author };
      const contentHash = fingerprint(pool, version, ctx);
      entries.push({ ...entry, ...(contentHash ? { contentHash } : {}) });
    }
  }
  return { entries, restored };
}
