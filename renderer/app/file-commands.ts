// New, Open, Save, Save As and Close: what the File menu, the command bar and the shortcuts do.
import type { OpenedMatter } from '../../core/api/contract';
import { desk, hasNativeDialogs } from '../api/desk-client';
import { store } from './desk-store';
import { refreshDraftStatuses } from '../drafts/draft-binding';
import type { SaveConflictChoice } from '../dialogs/save-conflict-dialog';
import { expectedOnDisk, rememberDiskVersion } from './matter-on-disk';
import { windowId } from './window-id';
import { withRecorded } from '../versions/recorded-parts';

/** Shows an opened (or new, or recovered) matter file and opens its first draft. */
export function showMatter(opened: OpenedMatter, options: { dirty?: boolean } = {}): void {
  store.liveEditor = null;
  rememberDiskVersion(opened.path, opened.version);
  const first = opened.file.drafts.find((d) => !d.damaged);
  store.unsavedSinceAutosave = options.dirty === true;
  store.set({
    path: opened.path,
    file: opened.file,
    activeDraftId: first ? first.id : null,
    selectedTemplateId: first?.templateId || store.get().selectedTemplateId,
    dirty: options.dirty === true,
    savedAt: opened.path ? opened.file.savedAt || null : null,
    autosavedAt: null,
    matterVersion: store.get().matterVersion + 1,
    openCount: store.get().openCount + 1,
    draftStatus: {},
    bindNotice: '',
    review: null,
  });
  // A damaged draft is kept as stored and said so; the others open as usual.
  for (const draft of opened.file.drafts) if (draft.damaged) store.alert(draft.damaged);
  void refreshDraftStatuses();
}

/** Runs `then` now if nothing is unsaved, otherwise after the user chose Save or Don't Save. */
function whenChangesAreSafe(action: 'new' | 'open' | 'close', then: () => void): void {
  if (!store.get().dirty) then();
  else store.set({ dialog: { kind: 'unsaved-changes', action, then } });
}

export function newMatter(): void {
  whenChangesAreSafe('new', () => {
    void desk()
      .newMatter()
      .then((result) => {
        if (result.ok) showMatter(result.value);
        else store.alert(result.error);
      });
  });
}

/** Opens the shipped Dallas example as a new matter that has not been saved anywhere yet. */
export function openExampleMatter(): void {
  whenChangesAreSafe('open', () => {
    void desk()
      .openExampleMatter()
      .then((result) => (result.ok ? showMatter(result.value) : store.alert(result.error)));
  });
}

export async function openMatterAt(path: string | undefined): Promise<boolean> {
  const result = await desk().openMatter(path ? { path } : {});
  if (result.ok) {
    showMatter(result.value);
    return true;
  }
  if (result.error.code !== 'cancelled') store.alert(result.error);
  return false;
}

export function openMatter(path?: string): void {
  whenChangesAreSafe('open', () => {
    if (path || hasNativeDialogs()) {
      void openMatterAt(path);
      return;
    }
    void desk()
      .recentMatters()
      .then((result) => store.set({ dialog: { kind: 'open', recent: result.ok ? result.value : [] } }));
  });
}

const suggestedFileName = (): string => {
  const title = store.get().file?.matter.title.trim() || 'Untitled matter';
  return `${title.replace(/[\\/:*?"<>|]+/g, '-')}.cdesk`;
};

/** Next to the most recent matter file, if there is one (browser mode cannot ask the system). */
async function suggestedPath(): Promise<string> {
  const recent = await desk().recentMatters();
  const last = recent.ok ? recent.value[0]?.path : undefined;
  if (!last) return suggestedFileName();
  const separator = last.includes('\\') && !last.includes('/') ? '\\' : '/';
  return `${last.slice(0, Math.max(last.lastIndexOf('/'), last.lastIndexOf('\\')))}${separator}${suggestedFileName()}`;
}

/** Nothing was written: asks whether to keep both versions (Save As…) or replace the one on disk. */
const askAboutConflict = (message: string): Promise<SaveConflictChoice> =>
  new Promise((resolve) =>
    store.set({
      dialog: {
        kind: 'save-conflict',
        message,
        choose: (choice) => {
          store.set({ dialog: null });
          resolve(choice);
        },
      },
    }),
  );

interface SaveOptions {
  saveAs?: boolean;
  path?: string;
  /** The user chose Overwrite: replace whatever is on disk there. */
  overwrite?: boolean;
}

/** Saves to `path` (or the current path). In browser mode with no path yet, asks for one first. A file on
 *  disk that is not the version this window knows is never replaced without the user's choice. */
export async function saveMatter(options: SaveOptions = {}): Promise<boolean> {
  const file = store.snapshot();
  if (!file) return false;
  const target = options.path ?? (options.saveAs ? undefined : store.get().path || undefined);
  if (!target && !hasNativeDialogs()) {
    store.set({ dialog: { kind: 'save-as', suggestedPath: store.get().path || (await suggestedPath()) } });
    return false;
  }
  const changeCount = store.changeCount;
  store.set({ busy: { label: 'Saving…' } });
  const result = await desk().saveMatter({
    file,
    windowId: windowId(),
    ...(target ? { path: target, expected: expectedOnDisk(target) } : {}),
    ...(options.saveAs ? { saveAs: true } : {}),
    ...(options.overwrite ? { overwrite: true } : {}),
  });
  store.set({ busy: null });
  if (!result.ok) {
    if (result.error.code === 'conflict') {
      const choice = await askAboutConflict(result.error.message);
      if (choice === 'overwrite') return saveMatter({ ...options, overwrite: true });
      if (choice === 'save-as') return saveMatter({ saveAs: true });
      return false;
    }
    if (result.error.code !== 'cancelled') store.alert(result.error);
    return false;
  }
  // Only the state at the moment of saving is clean; edits made while the save ran stay unsaved.
  const editedMeanwhile = store.changeCount !== changeCount;
  rememberDiskVersion(result.value.path, result.value.version);
  store.set({
    path: result.value.path,
    savedAt: result.value.savedAt,
    file: withRecorded({ ...file, savedAt: result.value.savedAt }, result.value, store.get().file),
    dirty: editedMeanwhile,
  });
  if (!editedMeanwhile) store.unsavedSinceAutosave = false;
  return true;
}

export function closeMatter(): void {
  whenChangesAreSafe('close', () => {
    void desk().discardRecovery({ windowId: windowId() });
    if (hasNativeDialogs()) void desk().closeWindow();
    else newMatterWithoutAsking();
  });
}

function newMatterWithoutAsking(): void {
  void desk()
    .newMatter()
    .then((result) => (result.ok ? showMatter(result.value) : store.alert(result.error)));
}
