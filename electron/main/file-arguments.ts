// A .cdesk file the app was asked to open: from the command line (Windows and Linux file association,
// second instance) or macOS's open-file event. Delivered once the page has loaded.
import type { BrowserWindow } from 'electron';
import { events } from '../../core/api/contract';
import type { MenuCommand } from '../../core/api/contract';

export const matterFileFromArgv = (argv: readonly string[]): string | null =>
  argv.slice(1).find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.cdesk')) ?? null;

export function sendOpenFile(win: BrowserWindow, filePath: string): void {
  const command: MenuCommand = { command: 'open-file', path: filePath };
  const send = () => win.webContents.send(events.menuCommand, command);
  if (win.webContents.isLoading()) win.webContents.once('did-finish-load', send);
  else send();
}
