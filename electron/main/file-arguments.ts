// A .cdesk file the app was asked to open: from the command line (Windows and Linux file association,
// second instance) or macOS's open-file event. Delivered once the page has loaded.
import type { BrowserWindow } from 'electron';
import path from 'node:path';
import { events } from '../../core/api/contract';
import type { MenuCommand } from '../../core/api/contract';

/** The first .cdesk argument, made absolute against the folder the launch came from. */
export function matterFileFromArgv(argv: readonly string[], cwd: string = process.cwd()): string | null {
  const file = argv.slice(1).find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.cdesk'));
  return file ? path.resolve(cwd, file) : null;
}

export function sendOpenFile(win: BrowserWindow, filePath: string): void {
  const command: MenuCommand = { command: 'open-file', path: filePath };
  const send = () => win.webContents.send(events.menuCommand, command);
  if (win.webContents.isLoading()) win.webContents.once('did-finish-load', send);
  else send();
}
