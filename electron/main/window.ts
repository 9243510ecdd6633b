// The main window, secure by construction: isolated sandboxed renderer without Node, our CSP, and nothing
// may open windows, navigate away, ask for permissions or load remote content.
import { BrowserWindow } from 'electron';
import type { Session, WebPreferences } from 'electron';
import type { AppPaths } from '../services/app-paths';
import { RENDERER_URL } from './app-protocol';
import { installContextMenu } from './context-menu';

export function secureWebPreferences(preload: string, dev: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Windows and macOS check spelling with the system's own dictionaries; on Linux Chromium would
    // download Hunspell dictionaries, and nothing may leave the machine.
    spellcheck: process.platform !== 'linux',
    devTools: dev,
  };
}

/** Session-wide rules: deny every permission and cancel every request to the network. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'] },
    (_details, callback) => callback({ cancel: true }),
  );
}

export function createMainWindow(paths: AppPaths, options: { dev: boolean }): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Counsel Desk',
    show: false,
    backgroundColor: '#f4f5f7',
    webPreferences: secureWebPreferences(paths.preload, options.dev),
  });
  const contents = win.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  installContextMenu(win);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(RENDERER_URL);
  return win;
}
