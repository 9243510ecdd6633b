// What the Versions panel and the history do to the open matter: a version named or marked sent, a version
// restored as the current draft, an export recorded. Each is an entry the next save seals into the history
// (and, for a name or a sent mark, applies to the version), so it is saved like any other change.
import type { ExportResult } from '../../core/api/contract';
import type { HistoryEntry } from '../../core/history/history-entry';
import { readVersion } from '../../core/versions/draft-version';
import { versionsOf, type VersionMeta } from '../../core/versions/version-store';
import { desk } from '../api/desk-client';
import { changeFile } from '../app/file-changes';
import { store } from '../app/desk-store';

type NewEntry = Omit<HistoryEntry, 'id' | 'at' | 'author'>;

const newId = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/** Adds an entry for the next save to seal; the matter is then unsaved. */
export function addPending(entry: NewEntry): void {
  const file = store.get().file;
  if (!file) return;
  const pending: HistoryEntry = { ...entry, id: newId(), at: new Date().toISOString(), author: '' };
  store.set({ file: { ...file, history: [...file.history, pending] } });
  store.markDirty();
}

/** A version as the panel shows it: its stored facts with any name or sent mark not yet saved. */
export interface ShownVersion extends VersionMeta {
  /** The name or sent mark waits for the next save. */
  unsaved: boolean;
}

export function shownVersions(draftId: string): ShownVersion[] {
  const file = store.get().file;
  if (!file) return [];
  const pending = file.history.filter((e) => !e.hash && e.draftId === draftId);
  return versionsOf(file.versions, draftId).map((version) => {
    const mine = pending.filter((e) => e.version === version.number);
    const name = mine.findLast((e) => e.kind === 'version-named')?.name;
    const sent = mine.findLast((e) => e.kind === 'version-sent')?.sentDate;
    const final = version.sent !== undefined;
    return {
      ...version,
      ...(!final && name !== undefined ? { name } : {}),
      ...(!final && sent ? { sent: { date: sent, markedAt: '', by: '' } } : {}),
      unsaved: !final && (name !== undefined || sent !== undefined),
    };
  });
}

const titleOf = (draftId: string): string =>
  store.get().file?.drafts.find((d) => d.id === draftId)?.title ?? '';

export function nameVersion(draftId: string, version: number, name: string): void {
  addPending({ kind: 'version-named', draftId, draftTitle: titleOf(draftId), version, name: name.trim() });
}

export function markSent(draftId: string, version: number, sentDate: string): void {
  addPending({ kind: 'version-sent', draftId, draftTitle: titleOf(draftId), version, sentDate });
}

/** Makes version `number` the current draft (title, letter facts, text); the next save keeps it as a new version. */
export function restoreVersion(draftId: string, number: number): void {
  const file = store.snapshot();
  const draft = file?.drafts.find((d) => d.id === draftId);
  if (!file || !draft) return;
  let content;
  try {
    content = readVersion(file.versions, draftId, number, draft.title).content;
  } catch (error) {
    store.alert(error instanceof Error ? error.message : String(error));
    return;
  }
  const live = store.liveEditor;
  if (live?.draftId === draftId) live.applyBody(content.body);
  changeFile((current) => ({
    ...current,
    drafts: current.drafts.map((d) =>
      d.id === draftId
        ? {
            ...d,
            title: content.title,
            letter: content.letter,
            body: content.body,
            updatedAt: new Date().toISOString(),
          }
        : d,
    ),
  }));
  addPending({ kind: 'version-restored', draftId, draftTitle: content.title, version: number });
}

/** After an export: its file name and SHA-256 go into the history with the next save. */
export async function recordExport(
  exported: ExportResult,
  draft: { id: string; title: string },
): Promise<void> {
  const digest = await desk().fileDigest(
    exported.path ? { path: exported.path } : { base64: exported.base64, fileName: exported.fileName },
  );
  if (!digest.ok) {
    store.alert(digest.error);
    return;
  }
  addPending({ kind: 'exported', draftId: draft.id, draftTitle: draft.title, ...digest.value });
}
