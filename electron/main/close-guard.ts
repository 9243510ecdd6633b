// Closing the window with unsaved changes asks first: Save / Don't Save / Cancel. The renderer keeps main
// informed of its dirty state (app:set-dirty); "Save" hands back to the renderer, which saves and then
// calls closeWindow().
import { dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { events } from '../../core/api/contract';
import type { MenuCommand } from '../../core/api/contract';

export interface CloseGuard {
  setDirty(dirty: boolean, title?: string): void;
  /** Closes without asking; true when there was a window to close. */
  forceClose(): boolean;
}

export const CLOSE_PROMPT_BUTTONS = ['Save', "Don't Save", 'Cancel'] as const;

export function attachCloseGuard(win: BrowserWindow): CloseGuard {
  let dirty = false;
  let title = 'Untitled matter';
  let closing = false;
  let asking = false;

  const updateTitle = () => {
    win.setTitle(`${dirty ? '• ' : ''}${title} — Counsel Desk`);
    // The "edited" dot in the close button exists on macOS only.
    if (process.platform === 'darwin') win.setDocumentEdited(dirty);
  };

  win.on('close', (event) => {
    if (closing || !dirty) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    void dialog
      .showMessageBox(win, {
        type: 'warning',
        buttons: [...CLOSE_PROMPT_BUTTONS],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
        message: `Save changes to “${title}” before closing?`,
        detail: "If you don't save, the changes since the last save are lost.",
      })
      .then(({ response }) => {
        asking = false;
        if (response === 0) {
          const command: MenuCommand = { command: 'save-and-close' };
          win.webContents.send(events.menuCommand, command);
        } else if (response === 1) {
          closing = true;
          win.close();
        }
      });
  });

  return {
    setDirty(next, nextTitle) {
      dirty = next;
      if (nextTitle) title = nextTitle;
      if (!win.isDestroyed()) updateTitle();
    },
    forceClose() {
      if (win.isDestroyed()) return false;
      closing = true;
      win.close();
      return true;
    },
  };
}
