// What every save adds to a matter file: a version of each changed draft and the history entries for
// everything that changed since the last save (values, drafts, and the entries the app or a command added
// meanwhile), sealed into the chain. The app's save and every CLI command that changes a file go through it.
import { matterParts, type MatterFile } from '../matter-file/matter-file';
import { PoolError, PoolWriter, readPooled } from '../versions/content-pool';
import { recordDeletedDrafts, recordDraftVersions, type SaveContext } from '../versions/record-drafts';
import type { VersionStore } from '../versions/version-store';
import { applyPending } from './apply-pending';
import { sealEntries } from './hash-chain';
import { isSealed, type HistoryEntry, type PendingEntry } from './history-entry';
import { valueChanges } from './value-changes';

export type { SaveContext } from '../versions/record-drafts';

type Recorded = Pick<MatterFile, 'versions' | 'history'>;

/**
 * What the save builds on. The app holds the file from when it was opened; the file on disk has everything
 * saved since. When the disk's history continues the app's, the disk's versions and history are the newer.
 */
function baseOf(incoming: Recorded, onDisk: Recorded | undefined): Recorded {
  const sealed = incoming.history.filter(isSealed);
  const last = sealed.at(-1);
  const disk = onDisk?.history ?? [];
  if (onDisk && last && disk[sealed.length - 1]?.hash === last.hash) return onDisk;
  return { versions: incoming.versions, history: sealed };
}

const copyStore = (store: VersionStore) => ({
  ...store,
  drafts: store.drafts.map((d) => ({ ...d, versions: d.versions.map((v) => ({ ...v })) })),
});

/** The matter as the history compares it from save to save. */
const matterNow = (file: MatterFile) => {
  const { matter, records, letterDefaults, exhibitSettings } = matterParts(file);
  return { matter, records, letterDefaults, exhibitSettings };
};

function matterEntries(store: VersionStore, file: MatterFile, ctx: SaveContext): PendingEntry[] {
  if (store.matter === null) return [];
  let before: unknown;
  try {
    before = readPooled(store.pool, store.matter);
  } catch (error) {
    if (error instanceof PoolError) return [];
    throw error;
  }
  const now = matterNow(file);
  const was = (before ?? {}) as Partial<typeof now>;
  // Paths as `counsel-desk set` takes them: matter values bare, the other parts under their own name.
  const changes = [
    ...valueChanges(was.matter, now.matter),
    ...valueChanges(was.records, now.records, 'records'),
    ...valueChanges(was.letterDefaults, now.letterDefaults, 'letterDefaults'),
    ...valueChanges(was.exhibitSettings, now.exhibitSettings, 'exhibitSettings'),
  ];
  return changes.map((change) => ({
    id: ctx.newId(),
    kind: 'value-changed',
    at: ctx.at,
    ...change,
  }));
}

/** The file as it is written: with its versions and history brought up to this save. */
export function recordSave(incoming: MatterFile, onDisk: Recorded | undefined, ctx: SaveContext): MatterFile {
  const base = baseOf(incoming, onDisk);
  const sealedIds = new Set(base.history.map((entry) => entry.id));
  const pending = incoming.history.filter((entry) => !isSealed(entry) && !sealedIds.has(entry.id));
  const store = copyStore(base.versions);
  const writer = new PoolWriter(store.pool);
  const entries: PendingEntry[] = [];
  const firstSave = base.history.length === 0;
  if (firstSave)
    entries.push({ id: ctx.newId(), kind: incoming.savedAt ? 'history-started' : 'created', at: ctx.at });
  const applied = applyPending(pending, store, writer.entries, ctx);
  entries.push(...applied.entries, ...matterEntries(store, incoming, ctx));
  const recording = {
    writer,
    drafts: store.drafts,
    restored: applied.restored,
    firstSaveOfOlderFile: firstSave && incoming.savedAt !== '',
  };
  entries.push(...recordDraftVersions(incoming.drafts, recording, ctx));
  entries.push(...recordDeletedDrafts(incoming.drafts, store.drafts, ctx));
  const matter = writer.put(matterNow(incoming));
  const history: HistoryEntry[] = sealEntries(base.history, entries, ctx.author, ctx.hash);
  return { ...incoming, versions: { pool: writer.entries, drafts: store.drafts, matter }, history };
}
