// At each save, a new version of every draft whose title, letter facts or text changed since its last
// version, and the history entries that say so (generated, edited with a summary, values of the letter
// changed, deleted). Versions already kept are never changed.
import type { Draft } from '../matter-file/matter-file';
import type { PendingEntry } from '../history/history-entry';
import type { HashText } from '../history/hash-chain';
import { valueChanges } from '../history/value-changes';
import { canonicalJson } from './canonical-json';
import { compareVersions, describeStats } from './compare-versions';
import { PoolError, readPooled, type PoolWriter } from './content-pool';
import { versionContentOf, type VersionContent } from './draft-version';
import type { DraftVersions, VersionMeta } from './version-store';

export interface SaveContext {
  at: string;
  author: string;
  hash: HashText;
  newId: () => string;
}

export interface DraftRecording {
  writer: PoolWriter;
  drafts: DraftVersions[];
  /** Draft id -> the version restored since the last save (from a pending "restored" entry). */
  restored: ReadonlyMap<string, number>;
  /** The file's history starts at this save, on a file saved before (its drafts were not just generated). */
  firstSaveOfOlderFile: boolean;
}

function previousContent(pool: readonly string[], version: VersionMeta): VersionContent | undefined {
  try {
    return readPooled(pool, version.content) as VersionContent;
  } catch (error) {
    if (error instanceof PoolError) return undefined;
    throw error;
  }
}

function editEntries(
  draft: Draft,
  before: VersionContent | undefined,
  now: VersionContent,
  base: PendingEntry,
  ctx: SaveContext,
): PendingEntry[] {
  if (!before) return [{ ...base, summary: 'its previous version could not be read' }];
  const parts: string[] = [];
  if (before.title !== now.title) parts.push(`renamed from "${before.title}"`);
  const text = describeStats(compareVersions(before.body, now.body, { moves: 'unflagged' }).stats);
  if (text) parts.push(text);
  const facts = valueChanges(before.letter, now.letter, 'letter').map((change): PendingEntry => ({
    id: ctx.newId(),
    kind: 'value-changed',
    at: ctx.at,
    draftId: draft.id,
    draftTitle: draft.title,
    ...change,
  }));
  return [...facts, { ...base, summary: parts.join('; ') || 'the letter facts changed' }];
}

/** Keeps a version of each changed draft; returns the history entries to seal. */
export function recordDraftVersions(
  drafts: readonly Draft[],
  recording: DraftRecording,
  ctx: SaveContext,
): PendingEntry[] {
  const entries: PendingEntry[] = [];
  for (const draft of drafts) {
    // A damaged draft is kept exactly as stored; there is nothing readable to keep a version of.
    if (draft.damaged) continue;
    const content = versionContentOf(draft);
    const ref = recording.writer.put(content);
    let kept = recording.drafts.find((d) => d.draftId === draft.id);
    const last = kept?.versions.at(-1);
    if (last?.content === ref) continue;
    if (!kept) recording.drafts.push((kept = { draftId: draft.id, versions: [] }));
    delete kept.deletedAt;
    const restoredFrom = recording.restored.get(draft.id);
    const meta: VersionMeta = {
      number: (last?.number ?? 0) + 1,
      savedAt: ctx.at,
      author: ctx.author,
      title: draft.title,
      content: ref,
      ...(restoredFrom !== undefined ? { restoredFrom } : {}),
    };
    kept.versions.push(meta);
    const base: PendingEntry = {
      id: ctx.newId(),
      kind: last ? 'draft-edited' : 'draft-generated',
      at: ctx.at,
      draftId: draft.id,
      draftTitle: draft.title,
      version: meta.number,
      contentHash: ctx.hash(canonicalJson(content)),
    };
    if (!last && recording.firstSaveOfOlderFile)
      entries.push({ ...base, kind: 'draft-edited', summary: 'first version kept' });
    else if (!last) entries.push({ ...base, summary: `from the template "${draft.templateId}"` });
    else
      entries.push(
        ...editEntries(draft, previousContent(recording.writer.entries, last), content, base, ctx),
      );
  }
  return entries;
}

/** Drafts gone from the matter since the last save: their versions stay, marked deleted. */
export function recordDeletedDrafts(
  drafts: readonly Draft[],
  kept: DraftVersions[],
  ctx: SaveContext,
): PendingEntry[] {
  const present = new Set(drafts.map((d) => d.id));
  const entries: PendingEntry[] = [];
  for (const record of kept) {
    if (present.has(record.draftId) || record.deletedAt) continue;
    record.deletedAt = ctx.at;
    const count = record.versions.length;
    entries.push({
      id: ctx.newId(),
      kind: 'draft-deleted',
      at: ctx.at,
      draftId: record.draftId,
      draftTitle: record.versions.at(-1)?.title ?? '',
      summary: `its ${count} version${count === 1 ? ' is' : 's are'} kept in the file`,
    });
  }
  return entries;
}
