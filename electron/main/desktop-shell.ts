// Native dialogs and window state for the handlers (the DesktopShell port); browser mode has none. A path
// the user chooses in a dialog joins the allowlist, so the page may name it again (Save after Save As).
import { dialog, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import type { DesktopShell } from '../handlers/handler-types';
import type { CloseGuard } from './close-guard';
import type { PathAllowlist } from './path-allowlist';

const MATTER_FILTER = { name: 'Counsel Desk Matter', extensions: ['cdesk'] };
const DOCX_FILTER = { name: 'Word Document', extensions: ['docx'] };
const PDF_FILTER = { name: 'PDF Document', extensions: ['pdf'] };
const IMPORT_FILTER = {
  name: 'Documents and mail',
  extensions: ['pdf', 'docx', 'txt', 'md', 'markdown', 'eml', 'msg', 'mbox', 'pst'],
};

export function createDesktopShell(
  win: BrowserWindow,
  guard: CloseGuard,
  allowlist: PathAllowlist,
): DesktopShell {
  const chosen = (filePath: string | null | undefined): string | null => {
    if (!filePath) return null;
    allowlist.allow(filePath);
    return filePath;
  };
  return {
    async chooseOpenPath() {
      const result = await dialog.showOpenDialog(win, {
        title: 'Open Matter',
        filters: [MATTER_FILTER],
        properties: ['openFile'],
      });
      return result.canceled ? null : chosen(result.filePaths[0]);
    },
    async chooseSavePath(kind, suggestedName) {
      const result = await dialog.showSaveDialog(win, {
        title: kind === 'matter' ? 'Save Matter' : kind === 'pdf' ? 'Export PDF' : 'Export DOCX',
        defaultPath: suggestedName,
        filters: [kind === 'matter' ? MATTER_FILTER : kind === 'pdf' ? PDF_FILTER : DOCX_FILTER],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled ? null : chosen(result.filePath);
    },
    async chooseImportPaths(what) {
      const result = await dialog.showOpenDialog(win, {
        title: what === 'folder' ? 'Import a Folder' : 'Import Files',
        buttonLabel: 'Import',
        ...(what === 'files' ? { filters: [IMPORT_FILTER] } : {}),
        properties: what === 'folder' ? ['openDirectory'] : ['openFile', 'multiSelections'],
      });
      if (result.canceled) return [];
      return result.filePaths.map((p) => chosen(p)).filter((p): p is string => p !== null);
    },
    showInFolder: (filePath) => shell.showItemInFolder(filePath),
    async chooseFolder() {
      const result = await dialog.showOpenDialog(win, {
        title: 'Produce Into Folder',
        buttonLabel: 'Choose',
        properties: ['openDirectory', 'createDirectory'],
      });
      return result.canceled ? null : chosen(result.filePaths[0]);
    },
    setDirty: (dirty, title) => guard.setDirty(dirty, title),
    closeWindow: () => guard.forceClose(),
  };
}
