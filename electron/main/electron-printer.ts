// The desktop app's HtmlPrinter: Electron's own Chromium prints the record's HTML with webContents.printToPDF
// in a hidden window that is sandboxed, has JavaScript off, a session of its own kept in memory, every
// permission denied and every request refused but the page itself (written to a private temp file, since a
// long email with its pictures is too big for a data: address) and the pictures inside it (data: URLs).
import { BrowserWindow, session } from 'electron';
import type { Session } from 'electron';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HtmlPrinter } from '../services/production/printer';

/** Nothing but the page being printed and its own data: pictures may load. */
function lockDown(printSession: Session, allowed: () => string): void {
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printSession.setPermissionCheckHandler(() => false);
  printSession.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !(details.url === allowed() || details.url.startsWith('data:')) }),
  );
}

export async function openElectronPrinter(): Promise<HtmlPrinter> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'counsel-desk-print-'));
  let pageUrl = '';
  // Not "persist:": the session lives in memory only and goes with the printer.
  const printSession = session.fromPartition(`counsel-desk-print-${randomUUID()}`);
  lockDown(printSession, () => pageUrl);
  const win = new BrowserWindow({
    show: false,
    width: 816,
    height: 1056,
    webPreferences: {
      session: printSession,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    },
  });
  const contents = win.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  let count = 0;
  // One page at a time: the window shows one document.
  let queue: Promise<unknown> = Promise.resolve();
  const print = async (html: string): Promise<Uint8Array> => {
    const file = path.join(dir, `page-${++count}.html`);
    await fs.writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
    try {
      pageUrl = pathToFileURL(file).href;
      await win.loadURL(pageUrl);
      const pdf = await contents.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        pageSize: 'Letter',
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
      });
      return new Uint8Array(pdf);
    } finally {
      pageUrl = '';
      await fs.rm(file, { force: true });
    }
  };
  return {
    printToPdf(html) {
      const run = queue.then(() => print(html));
      queue = run.catch(() => undefined);
      return run;
    },
    async close() {
      if (!win.isDestroyed()) win.destroy();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
