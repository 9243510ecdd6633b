// Starts the real main.ts against the recording stand-in for Electron and checks what it wired up.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../core/api/contract';
import { fakePaths, recorded } from '../../support/fake-electron';

vi.mock('electron', () => import('../../support/fake-electron'));

beforeAll(async () => {
  fakePaths.userData = mkdtempSync(path.join(tmpdir(), 'desk-userdata-'));
  await import('../../../electron/main/main');
  await vi.waitFor(() => expect(recorded.menuTemplate).not.toBeNull());
});

describe('main process wiring', () => {
  it('registers a handler for every channel of the contract', () => {
    expect([...recorded.handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it('opens one secure window on our own page', () => {
    expect(recorded.windows).toHaveLength(1);
    const win = recorded.windows[0]!;
    expect(win.loadedUrl).toBe('app://desk/index.html');
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });

  it('takes the single-instance lock and handles a second launch and quitting', () => {
    expect([...recorded.appEvents.keys()]).toEqual(
      expect.arrayContaining(['second-instance', 'will-quit', 'window-all-closed']),
    );
  });

  it('denies permissions, blocks the network and serves the app:// scheme', async () => {
    expect(recorded.permissionAnswers).toEqual([false]);
    expect(recorded.blockedUrlPatterns).toEqual(expect.arrayContaining(['https://*/*']));
    expect(recorded.schemes).toHaveLength(1);
    const serve = recorded.protocolHandlers.get('app');
    expect(serve).toBeDefined();
    const missing = await serve!(new Request('app://desk/../../package.json'));
    expect(missing.status).toBe(404);
  });

  it('installs the menu', () => {
    const labels = (recorded.menuTemplate as MenuItemConstructorOptions[]).map((m) => m.label);
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
  });
});
