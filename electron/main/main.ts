// Electron main process: wires the modules together (paths, services, window, menu, handlers) and holds no
// handlers of its own.
import { BrowserWindow, app, dialog, session } from 'electron';
import path from 'node:path';
import { events } from '../../core/api/contract';
import type { MenuCommand } from '../../core/api/contract';
import { createHandlers } from '../handlers';
import { registerHandlers } from '../ipc/register-handlers';
import { defaultDataDir, resolveAppPaths } from '../services/app-paths';
import { bootServices, createServices, shutdownServices } from '../services/desk-services';
import type { DeskServices } from '../services/desk-services';
import { RENDERER_URL, registerAppScheme, serveRenderer } from './app-protocol';
import { attachCloseGuard } from './close-guard';
import { createDesktopShell } from './desktop-shell';
import { openElectronPrinter } from './electron-printer';
import { matterFileFromArgv, sendOpenFile } from './file-arguments';
import { installMenu } from './menu';
import { PathAllowlist, desktopPathPolicy } from './path-allowlist';
import { createMainWindow, lockDownSession } from './window';

let mainWindow: BrowserWindow | null = null;
// The only files the page may name: chosen in our dialogs, recent, or given to the app by the system.
const allowlist = new PathAllowlist();
let pendingFile: string | null = matterFileFromArgv(process.argv);
if (pendingFile) allowlist.allow(pendingFile);

const log = (message: string, detail: unknown) => console.error(message, detail);

function openFile(filePath: string): void {
  allowlist.allow(filePath);
  if (!mainWindow) {
    pendingFile = filePath;
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
  sendOpenFile(mainWindow, filePath);
}

function showMenu(services: DeskServices, dev: boolean): void {
  installMenu({
    recent: services.recent.matters(),
    dev,
    isMac: process.platform === 'darwin',
    send: (command: MenuCommand) => mainWindow?.webContents.send(events.menuCommand, command),
    closeWindow: () => mainWindow?.close(),
    showAbout: () =>
      void dialog.showMessageBox({
        type: 'info',
        title: 'About Counsel Desk',
        message: `Counsel Desk ${app.getVersion()}`,
        detail:
          'Drafts responses to Attorney General inquiries. Works offline; your matters stay on this computer.',
      }),
  });
}

async function start(): Promise<void> {
  const dev = !app.isPackaged;
  const paths = resolveAppPaths({
    buildDir: path.resolve(__dirname, '..'),
    resourcesPath: process.resourcesPath,
    packaged: app.isPackaged,
    dataDir: app.getPath('userData'),
  });
  // Records are printed to PDF pages by Electron's own Chromium, so the desktop app needs no browser installed.
  const services = createServices(paths, app.getVersion(), { openPrinter: openElectronPrinter });
  await bootServices(services);
  allowlist.allowListed(() => services.recent.list());

  lockDownSession(session.defaultSession);
  serveRenderer(session.defaultSession, paths.rendererDir);
  const win = createMainWindow(paths, { dev });
  mainWindow = win;
  const shell = createDesktopShell(win, attachCloseGuard(win), allowlist);
  const unregister = registerHandlers({
    handlers: createHandlers(services),
    senders: {
      ownWebContentsIds: () => BrowserWindow.getAllWindows().map((w) => w.webContents.id),
      rendererUrl: RENDERER_URL,
    },
    contextFor: () => ({ mode: 'electron', shell }),
    paths: desktopPathPolicy(allowlist),
    log,
  });
  showMenu(services, dev);
  services.recent.onChange(() => showMenu(services, dev));
  win.on('closed', () => {
    mainWindow = null;
  });
  if (pendingFile) sendOpenFile(win, pendingFile);
  pendingFile = null;

  let shutDown = false;
  app.on('will-quit', (event) => {
    if (shutDown) return;
    event.preventDefault();
    shutDown = true;
    unregister();
    void shutdownServices(services).finally(() => app.quit());
  });
}

registerAppScheme();
// One data folder for the desktop app, the web host and the CLI, also in dev (where Electron would name it
// after the npm package rather than the product).
app.setPath('userData', defaultDataDir());
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = matterFileFromArgv(argv, workingDirectory);
    if (file) openFile(file);
    else mainWindow?.focus();
  });
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openFile(filePath);
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox(
        'Counsel Desk could not start',
        error instanceof Error ? error.message : String(error),
      );
      app.exit(1);
    });
}
