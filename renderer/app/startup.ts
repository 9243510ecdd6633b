// What happens when the window opens: learn the mode, load the templates, offer to recover unsaved work
// from last time, otherwise reopen the matter open last time, otherwise start a new matter.
import type { MenuCommand } from '../../core/api/contract';
import { desk } from '../api/desk-client';
import { store } from './desk-store';
import { closeMatter, newMatter, openMatter, saveMatter, showMatter } from './file-commands';
import { exportDocx } from './export-commands';
import { openReview } from '../review/review-commands';
import { openProduce } from '../production/produce-commands';
import { adoptRecovery } from './autosave';
import { restoreLastSession } from './session-memory';
import { windowId } from './window-id';
import { printPageView } from '../page-view/print-page-view';

export async function startApp(): Promise<void> {
  const api = desk();
  const [info, templates, recovery] = await Promise.all([
    api.appInfo(),
    api.listTemplates(),
    api.checkRecovery({ windowId: windowId() }),
  ]);
  if (info.ok) store.set({ mode: info.value.mode });
  if (templates.ok) {
    store.set({ templates: templates.value, selectedTemplateId: templates.value[0]?.id ?? '' });
  } else store.alert(templates.error);
  if (recovery.ok && recovery.value) {
    store.set({ dialog: { kind: 'recovery', info: recovery.value } });
  } else if (!recovery.ok) store.alert(recovery.error);
  const offered = recovery.ok && recovery.value !== null;
  if (!offered && (await restoreLastSession())) return store.set({ ready: true });
  const fresh = await api.newMatter();
  if (fresh.ok) {
    if (!store.get().file) showMatter(fresh.value);
  } else store.alert(fresh.error);
  store.set({ ready: true });
}

export async function acceptRecovery(): Promise<void> {
  const dialog = store.get().dialog;
  if (dialog?.kind !== 'recovery') return;
  const { info } = dialog;
  showMatter({ path: info.originalPath, file: info.file, version: info.baseVersion }, { dirty: true });
  store.set({ dialog: null });
  await adoptRecovery(info);
}

export async function discardRecovery(): Promise<void> {
  const dialog = store.get().dialog;
  store.set({ dialog: null });
  if (dialog?.kind !== 'recovery') return;
  const result = await desk().discardRecovery({ slot: dialog.info.slot });
  if (!result.ok) store.alert(result.error);
}

export function runMenuCommand(command: MenuCommand): void {
  switch (command.command) {
    case 'new-matter':
      return newMatter();
    case 'open':
      return openMatter();
    case 'open-file':
      return openMatter(command.path);
    case 'save':
      void saveMatter();
      return;
    case 'save-as':
      void saveMatter({ saveAs: true });
      return;
    case 'export-docx':
      void exportDocx();
      return;
    case 'review':
      openReview();
      return;
    case 'produce':
      openProduce();
      return;
    case 'print':
      printPageView();
      return;
    case 'save-and-close':
      void saveMatter().then(async (saved) => {
        if (saved) await desk().closeWindow();
      });
      return;
  }
}

export { closeMatter };
