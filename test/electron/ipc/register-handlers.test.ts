import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../core/api/contract';
import type { PartialHandlers } from '../../../electron/handlers/handler-types';
import { registerHandlers } from '../../../electron/ipc/register-handlers';
import { recorded, resetRecorded } from '../../support/fake-electron';

vi.mock('electron', () => import('../../support/fake-electron'));

const APP_URL = 'app://desk/index.html';
const OWN_ID = 7;

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

function eventFrom(options: { id?: number; url?: string; subframe?: boolean }) {
  const mainFrame: FakeFrame = { url: options.url ?? APP_URL, parent: null };
  const senderFrame = options.subframe ? { url: options.url ?? APP_URL, parent: mainFrame } : mainFrame;
  return { sender: { id: options.id ?? OWN_ID, mainFrame }, senderFrame };
}

const appInfo = vi.fn(async () => ({ version: '1.0.0', mode: 'electron' as const, platform: 'linux' }));

beforeEach(() => {
  resetRecorded();
  appInfo.mockClear();
  const handlers: PartialHandlers = { 'app:info': appInfo };
  registerHandlers({
    handlers,
    senders: { ownWebContentsIds: () => [OWN_ID], rendererUrl: APP_URL },
    contextFor: () => ({ mode: 'electron', shell: null }),
    log: () => undefined,
  });
});

const call = (channel: string, event: unknown, request: unknown = {}) => {
  const listener = recorded.handlers.get(channel);
  if (!listener) throw new Error(`${channel} was not registered`);
  return listener(event, request) as Promise<unknown>;
};

describe('registerHandlers', () => {
  it('registers every channel of the contract with ipcMain', () => {
    expect([...recorded.handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it('answers our own window main frame', async () => {
    expect(await call('app:info', eventFrom({ url: `${APP_URL}#recovered` }))).toMatchObject({
      ok: true,
      value: { version: '1.0.0' },
    });
    expect(appInfo).toHaveBeenCalledOnce();
  });

  it.each([
    ['a subframe of our window', { subframe: true }],
    ['another window or webview', { id: 99 }],
    ['a page loaded from the web', { url: 'https://evil.example/index.html' }],
    ['a file:// page that is not ours', { url: 'file:///tmp/evil.html' }],
  ])('refuses a message from %s without running the handler', async (_who, from) => {
    expect(await call('app:info', eventFrom(from))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(appInfo).not.toHaveBeenCalled();
  });

  it('refuses a message whose frame is gone', async () => {
    const event = { sender: { id: OWN_ID, mainFrame: null }, senderFrame: null };
    expect(await call('app:info', event)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('parses arguments after the sender check: a bad argument is a bad-request naming the field', async () => {
    expect(await call('matter:open', eventFrom({}), { path: '' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request', details: ['path: needs a file path'] },
    });
  });
});
