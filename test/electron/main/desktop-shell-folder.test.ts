// The desktop's folder dialog for a production: the folder chosen joins the allowlist (so production:start
// may name it), a cancelled dialog answers null and allows nothing.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { createDesktopShell } from '../../../electron/main/desktop-shell';
import type { CloseGuard } from '../../../electron/main/close-guard';
import { PathAllowlist } from '../../../electron/main/path-allowlist';
import { dialog, FakeBrowserWindow, resetRecorded } from '../../support/fake-electron';

vi.mock('electron', () => import('../../support/fake-electron'));

const guard = {} as CloseGuard;
beforeEach(() => resetRecorded());

describe('chooseFolder', () => {
  it('asks for a folder and allows the one chosen', async () => {
    const asked: unknown[] = [];
    dialog.showOpenDialog = ((_win: unknown, options: unknown) => {
      asked.push(options);
      return Promise.resolve({ canceled: false, filePaths: ['/home/me/Productions'] });
    }) as typeof dialog.showOpenDialog;
    const allowlist = new PathAllowlist();
    const shell = createDesktopShell(new FakeBrowserWindow({}) as unknown as BrowserWindow, guard, allowlist);
    await expect(shell.chooseFolder()).resolves.toBe('/home/me/Productions');
    expect(asked).toEqual([expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] })]);
    expect(allowlist.allows('/home/me/Productions')).toBe(true);
  });

  it('answers null when the dialog is cancelled, allowing nothing', async () => {
    dialog.showOpenDialog = (() =>
      Promise.resolve({ canceled: true, filePaths: [] })) as typeof dialog.showOpenDialog;
    const allowlist = new PathAllowlist();
    const shell = createDesktopShell(new FakeBrowserWindow({}) as unknown as BrowserWindow, guard, allowlist);
    await expect(shell.chooseFolder()).resolves.toBeNull();
  });
});
