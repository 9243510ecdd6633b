import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { RENDERER_URL, registerAppScheme } from '../../../electron/main/app-protocol';
import { createMainWindow, lockDownSession } from '../../../electron/main/window';
import { resolveAppPaths } from '../../../electron/services/app-paths';
import { recorded, resetRecorded } from '../../support/fake-electron';
import type { FakeBrowserWindow } from '../../support/fake-electron';

vi.mock('electron', () => import('../../support/fake-electron'));

const paths = resolveAppPaths({ buildDir: '/app/build', packaged: false, dataDir: '/data' });

beforeEach(() => resetRecorded());

describe('main window', () => {
  it('is isolated, sandboxed, without Node, with web security and our preload', () => {
    const win = createMainWindow(paths, { dev: false }) as unknown as FakeBrowserWindow;
    expect(win.options.webPreferences).toMatchObject({
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('never lets Chromium download spelling dictionaries on Linux (nothing leaves the machine)', () => {
    const win = createMainWindow(paths, { dev: false }) as unknown as FakeBrowserWindow;
    expect(win.options.webPreferences?.spellcheck).toBe(process.platform !== 'linux');
  });

  it('loads our own page and refuses new windows, navigation and webviews', () => {
    const win = createMainWindow(paths, { dev: true }) as unknown as FakeBrowserWindow;
    expect(win.loadedUrl).toBe(RENDERER_URL);
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const prevented = vi.fn();
      win.webContents.emit(event, { preventDefault: prevented }, 'https://example.com');
      expect(prevented, event).toHaveBeenCalled();
    }
  });

  it('registers the app:// scheme as secure and standard', () => {
    registerAppScheme();
    expect(recorded.schemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
  });
});

describe('lockDownSession', () => {
  it('denies every permission and cancels every network request', () => {
    const answers: boolean[] = [];
    let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    let filter: { urls: string[] } | undefined;
    let onRequest: ((d: unknown, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
      webRequest: {
        onBeforeRequest: (f: typeof filter, h: typeof onRequest) => {
          filter = f;
          onRequest = h;
        },
      },
    } as unknown as Session;
    lockDownSession(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      requestHandler?.({}, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(checkHandler?.()).toBe(false);
    expect(filter?.urls).toEqual(
      expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']),
    );
    onRequest?.({}, (response) => expect(response).toEqual({ cancel: true }));
  });
});
