// The desktop printer over the recording Electron stand-in: the hidden window it prints in is sandboxed with
// JavaScript off and a session of its own that refuses every request but the page, and each page printed
// is the HTML given (read from its temp file at the moment of printing), with no temp file left behind.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { recorded, resetRecorded, type FakeBrowserWindow } from '../../support/fake-electron';

type RequestListener = (details: { url: string }, callback: (answer: { cancel: boolean }) => void) => void;

const sessions: { partition: string; onRequest?: RequestListener; permission?: unknown }[] = [];
const printed: { html: string; options: unknown }[] = [];

vi.mock('electron', async () => {
  const fake = await import('../../support/fake-electron');
  class PrintWindow extends fake.FakeBrowserWindow {
    destroyed = false;
    constructor(options: ConstructorParameters<typeof fake.FakeBrowserWindow>[0]) {
      super(options);
      Object.assign(this.webContents, {
        printToPDF: (options: unknown) => {
          printed.push({ html: readFileSync(fileURLToPath(this.loadedUrl), 'utf8'), options });
          return Promise.resolve(Buffer.from(`%PDF-1.7 page ${printed.length}`));
        },
      });
    }
    destroy() {
      this.destroyed = true;
    }
    override isDestroyed() {
      return this.destroyed;
    }
  }
  const session = {
    ...fake.session,
    fromPartition: (partition: string) => {
      const made: (typeof sessions)[number] = { partition };
      sessions.push(made);
      return {
        setPermissionRequestHandler: (handler: unknown) => void (made.permission = handler),
        setPermissionCheckHandler: () => undefined,
        webRequest: { onBeforeRequest: (listener: RequestListener) => void (made.onRequest = listener) },
      };
    },
  };
  return {
    ...fake,
    BrowserWindow: PrintWindow,
    session,
    default: { ...fake.default, BrowserWindow: PrintWindow, session },
  };
});

const { openElectronPrinter } = await import('../../../electron/main/electron-printer');

beforeEach(() => {
  resetRecorded();
  sessions.length = 0;
  printed.length = 0;
});

const refused = (url: string) => {
  let cancel: boolean | undefined;
  sessions[0]!.onRequest!({ url }, (answer) => (cancel = answer.cancel));
  return cancel;
};

describe('the desktop printer', () => {
  it('prints in a hidden, sandboxed window with JavaScript off and a session of its own in memory', async () => {
    const printer = await openElectronPrinter();
    const win = recorded.windows[0] as FakeBrowserWindow;
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(win.options.webPreferences).not.toHaveProperty('preload');
    expect(sessions[0]!.partition).not.toMatch(/^persist:/);
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    await printer.close();
  });

  it('prints each HTML as given, Letter with backgrounds, and leaves no temp file', async () => {
    const printer = await openElectronPrinter();
    const win = recorded.windows[0] as FakeBrowserWindow;
    const first = await printer.printToPdf('<p>From: Chief of Police</p>');
    const firstFile = fileURLToPath(win.loadedUrl);
    const second = await printer.printToPdf('<p>Second record</p>');
    expect(new TextDecoder().decode(first)).toBe('%PDF-1.7 page 1');
    expect(new TextDecoder().decode(second)).toBe('%PDF-1.7 page 2');
    expect(printed.map((p) => p.html)).toEqual(['<p>From: Chief of Police</p>', '<p>Second record</p>']);
    expect(printed[0]!.options).toMatchObject({
      printBackground: true,
      preferCSSPageSize: true,
      pageSize: 'Letter',
    });
    expect(existsSync(firstFile)).toBe(false);
    await printer.close();
    expect((win as unknown as { isDestroyed(): boolean }).isDestroyed()).toBe(true);
  });

  it('refuses every request but the page being printed and its own data: pictures', async () => {
    const printer = await openElectronPrinter();
    const win = recorded.windows[0] as FakeBrowserWindow;
    let during: Record<string, boolean | undefined> = {};
    (win.webContents as unknown as { printToPDF: () => Promise<Buffer> }).printToPDF = () => {
      during = {
        page: refused(win.loadedUrl),
        picture: refused('data:image/png;base64,AAAA'),
        web: refused('https://example.com/pixel.gif'),
        otherFile: refused('file:///etc/passwd'),
      };
      return Promise.resolve(Buffer.from('%PDF'));
    };
    await printer.printToPdf('<img src="https://example.com/pixel.gif">');
    expect(during).toEqual({ page: false, picture: false, web: true, otherFile: true });
    // Once printed, not even the page itself may load again.
    expect(refused(win.loadedUrl)).toBe(true);
    let granted: boolean | undefined;
    (sessions[0]!.permission as (c: unknown, p: string, cb: (g: boolean) => void) => void)(
      {},
      'media',
      (g) => (granted = g),
    );
    expect(granted).toBe(false);
    await printer.close();
  });
});
