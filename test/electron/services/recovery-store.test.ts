import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecentFiles } from '../../../electron/services/recent-files';
import { RecoveryStore } from '../../../electron/services/recovery-store';
import { matterFileTitled } from '../../support/matter-file-fixture';

const dataDir = () => mkdtempSync(path.join(tmpdir(), 'desk-data-'));
const slotFile = (dir: string, windowId: string) => path.join(dir, 'recovery', `window-${windowId}.json`);
/** A process id no running process has (far above Linux's pid_max). */
const DEAD_PID = 4_194_999;

/** The data folder as the next start finds it: the host that wrote the slots has ended. */
async function deadHostStore(dir: string): Promise<RecoveryStore> {
  for (const name of readdirSync(path.join(dir, 'recovery'))) {
    const file = path.join(dir, 'recovery', name);
    const slot = JSON.parse(readFileSync(file, 'utf8')) as { hostPid?: number };
    writeFileSync(file, JSON.stringify({ ...slot, hostPid: DEAD_PID }));
  }
  const store = new RecoveryStore(dir);
  await store.boot();
  return store;
}

describe('RecoveryStore', () => {
  it('offers back the unsaved work after a restart, until it is discarded', async () => {
    const dir = dataDir();
    const first = new RecoveryStore(dir);
    await first.boot();
    expect(await first.check('w1')).toBeNull();
    await first.write({
      windowId: 'w1',
      originalPath: '/matters/dallas.cdesk',
      file: matterFileTitled('typed before the crash'),
    });

    const afterRestart = await deadHostStore(dir);
    const offered = await afterRestart.check('w2');
    expect(offered?.originalPath).toBe('/matters/dallas.cdesk');
    expect(offered?.file.matter.title).toBe('typed before the crash');

    expect(await afterRestart.discard(offered!.slot)).toBe(true);
    expect(await afterRestart.check('w2')).toBeNull();
    expect(await afterRestart.discard(offered!.slot)).toBe(false);
  });

  it('keeps one slot per window: two windows never overwrite each other, a save discards only its own', async () => {
    const dir = dataDir();
    const host = new RecoveryStore(dir);
    await host.boot();
    await host.write({ windowId: 'a', originalPath: '/m/dallas.cdesk', file: matterFileTitled('A typed') });
    await host.write({ windowId: 'b', originalPath: '/m/dallas.cdesk', file: matterFileTitled('B typed') });
    // While both windows run, neither is offered the other's work.
    expect(await host.check('c')).toBeNull();
    expect((await host.check('a'))?.file.matter.title).toBe('A typed');

    await host.discardWindow('a'); // window A saved
    const restarted = await deadHostStore(dir);
    expect((await restarted.check('new'))?.file.matter.title).toBe('B typed');
  });

  it('does not offer the work of a window in another running host (the desktop app and browser mode)', async () => {
    const dir = dataDir();
    const desktop = new RecoveryStore(dir);
    await desktop.boot();
    await desktop.write({ windowId: 'desk', originalPath: '', file: matterFileTitled('unsaved') });
    const slot = JSON.parse(readFileSync(slotFile(dir, 'desk'), 'utf8')) as { hostPid: number };
    slot.hostPid = process.ppid; // a host that is still running
    writeFileSync(slotFile(dir, 'desk'), JSON.stringify(slot));
    expect(await desktop.check('browser-tab')).toBeNull();
  });

  it('offers the single slot an earlier version wrote', async () => {
    const dir = dataDir();
    const store = new RecoveryStore(dir);
    await store.boot();
    const record = { originalPath: '', savedAt: '2026-01-01T00:00:00.000Z', file: matterFileTitled('old') };
    writeFileSync(path.join(store.location, 'unsaved-matter.json'), JSON.stringify(record));
    expect(await store.check('w')).toMatchObject({
      slot: 'unsaved-matter',
      file: { matter: { title: 'old' } },
    });
  });

  it('keeps the folder 0700 and each recovery copy 0600', async () => {
    const dir = dataDir();
    const store = new RecoveryStore(dir);
    await store.boot();
    await store.write({ windowId: 'w', originalPath: '', file: matterFileTitled('private') });
    expect(statSync(store.location).mode & 0o777).toBe(0o700);
    expect(statSync(slotFile(dir, 'w')).mode & 0o777).toBe(0o600);
  });

  it('ignores a damaged recovery copy instead of failing the start', async () => {
    const store = new RecoveryStore(dataDir());
    await store.boot();
    writeFileSync(path.join(store.location, 'window-w.json'), '{"originalPath": ');
    expect(await store.check('other')).toBeNull();
  });
});

describe('RecentFiles', () => {
  it('lists existing files newest first, without duplicates, across restarts', async () => {
    const dir = dataDir();
    const a = path.join(dir, 'a.cdesk');
    const b = path.join(dir, 'b.cdesk');
    writeFileSync(a, '');
    writeFileSync(b, '');
    const recent = new RecentFiles(dir);
    await recent.boot();
    const heard: string[][] = [];
    recent.onChange((paths) => heard.push(paths));
    await recent.add(a);
    await recent.add(b);
    await recent.add(a);
    await recent.add(path.join(dir, 'deleted-later.cdesk'));
    expect(recent.list()).toEqual([a, b]);
    expect(heard).toHaveLength(4);

    const again = new RecentFiles(dir);
    await again.boot();
    expect(again.list()).toEqual([a, b]);
  });
});
