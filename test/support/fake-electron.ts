// A recording stand-in for the `electron` module, for main-process and preload tests:
//   vi.mock('electron', () => import('../../support/fake-electron'));
// Every call the code under test makes is kept in `recorded` so tests can assert on it.
type Listener = (...args: unknown[]) => unknown;

export const recorded = {
  handlers: new Map<string, Listener>(),
  exposed: new Map<string, unknown>(),
  invoked: [] as { channel: string; request: unknown }[],
  rendererListeners: new Map<string, Set<Listener>>(),
  menuTemplate: null as unknown,
  windows: [] as FakeBrowserWindow[],
  schemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  permissionAnswers: [] as boolean[],
  blockedUrlPatterns: [] as string[],
  appEvents: new Map<string, Listener[]>(),
};

export function resetRecorded(): void {
  recorded.handlers.clear();
  recorded.exposed.clear();
  recorded.invoked.length = 0;
  recorded.rendererListeners.clear();
  recorded.menuTemplate = null;
  recorded.windows.length = 0;
  recorded.schemes.length = 0;
  recorded.protocolHandlers.clear();
  recorded.permissionAnswers.length = 0;
  recorded.blockedUrlPatterns.length = 0;
  recorded.appEvents.clear();
}

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

class FakeWebContents extends Emitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: Listener | null = null;
  readonly mainFrame = { url: '', parent: null };
  setWindowOpenHandler(handler: Listener) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  isLoading() {
    return false;
  }
}

export class FakeBrowserWindow extends Emitter {
  readonly webContents = new FakeWebContents();
  loadedUrl = '';
  title = '';
  constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    super();
    recorded.windows.push(this);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  setTitle(title: string) {
    this.title = title;
  }
  setDocumentEdited() {}
  isDestroyed() {
    return false;
  }
  close() {
    this.emit('close', { preventDefault() {} });
  }
  show() {}
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  static getAllWindows() {
    return recorded.windows;
  }
}

export const BrowserWindow = FakeBrowserWindow;

export const ipcMain = {
  handle: (channel: string, listener: Listener) => recorded.handlers.set(channel, listener),
  removeHandler: (channel: string) => recorded.handlers.delete(channel),
};

export const ipcRenderer = {
  invoke: (channel: string, request: unknown) => {
    recorded.invoked.push({ channel, request });
    return Promise.resolve({ ok: true, value: null });
  },
  on: (channel: string, listener: Listener) => {
    const set = recorded.rendererListeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    recorded.rendererListeners.set(channel, set);
  },
  removeListener: (channel: string, listener: Listener) =>
    recorded.rendererListeners.get(channel)?.delete(listener),
};

export const contextBridge = {
  exposeInMainWorld: (key: string, api: unknown) => recorded.exposed.set(key, api),
};

export const Menu = {
  buildFromTemplate: (template: unknown) => ({ template }),
  setApplicationMenu: (menu: { template: unknown }) => {
    recorded.menuTemplate = menu.template;
  },
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.schemes.push(...schemes),
};

export const dialog = {
  showMessageBox: (..._args: unknown[]) => Promise.resolve({ response: 2 }),
  showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
  showSaveDialog: () => Promise.resolve({ canceled: true }),
};

/** Where app.getPath('userData') points; tests set it to a temp folder before importing main. */
export const fakePaths = { userData: '' };

export const app = {
  isPackaged: false,
  getVersion: () => '0.0.0-test',
  getPath: (name: string) => (name === 'userData' ? fakePaths.userData : ''),
  setPath: () => undefined,
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  on: (event: string, listener: Listener) => {
    recorded.appEvents.set(event, [...(recorded.appEvents.get(event) ?? []), listener]);
  },
  quit: () => undefined,
  exit: () => undefined,
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: (c: unknown, p: string, cb: (granted: boolean) => void) => void) =>
      handler({}, 'media', (granted) => recorded.permissionAnswers.push(granted)),
    setPermissionCheckHandler: () => undefined,
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }) => recorded.blockedUrlPatterns.push(...filter.urls),
    },
    protocol: {
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        recorded.protocolHandlers.set(scheme, handler),
    },
  },
};

export default { BrowserWindow, ipcMain, ipcRenderer, contextBridge, Menu, protocol, dialog, app, session };
