import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { attachCloseGuard } from '../../../electron/main/close-guard';
import { FakeBrowserWindow, dialog, resetRecorded } from '../../support/fake-electron';

vi.mock('electron', () => import('../../support/fake-electron'));

function closeAttempt(win: FakeBrowserWindow) {
  const preventDefault = vi.fn();
  win.emit('close', { preventDefault });
  return preventDefault;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => resetRecorded());

describe('closing with unsaved changes', () => {
  it('closes at once when everything is saved', () => {
    const win = new FakeBrowserWindow({});
    attachCloseGuard(win as unknown as BrowserWindow).setDirty(false);
    expect(closeAttempt(win)).not.toHaveBeenCalled();
  });

  it('asks Save / Don\u2019t Save / Cancel, and Cancel keeps the window open', async () => {
    const ask = vi.spyOn(dialog, 'showMessageBox').mockResolvedValue({ response: 2 });
    const win = new FakeBrowserWindow({});
    attachCloseGuard(win as unknown as BrowserWindow).setDirty(true, 'Dallas inquiry');
    expect(closeAttempt(win)).toHaveBeenCalled();
    await flush();
    expect(ask).toHaveBeenCalledWith(
      win,
      expect.objectContaining({ buttons: ['Save', "Don't Save", 'Cancel'], cancelId: 2 }),
    );
    expect(ask.mock.calls[0]?.[1]).toMatchObject({ message: expect.stringContaining('Dallas inquiry') });
    expect(win.webContents.sent).toEqual([]);
    expect(win.title).toContain('• Dallas inquiry');
  });

  it('Save asks the page to save and then close', async () => {
    vi.spyOn(dialog, 'showMessageBox').mockResolvedValue({ response: 0 });
    const win = new FakeBrowserWindow({});
    attachCloseGuard(win as unknown as BrowserWindow).setDirty(true);
    closeAttempt(win);
    await flush();
    expect(win.webContents.sent).toEqual([
      { channel: 'menu:command', payload: { command: 'save-and-close' } },
    ]);
  });

  it("Don't Save closes without asking again", async () => {
    vi.spyOn(dialog, 'showMessageBox').mockResolvedValue({ response: 1 });
    const win = new FakeBrowserWindow({});
    attachCloseGuard(win as unknown as BrowserWindow).setDirty(true);
    const closed = vi.spyOn(win, 'close');
    closeAttempt(win);
    await flush();
    expect(closed).toHaveBeenCalledOnce();
  });
});
