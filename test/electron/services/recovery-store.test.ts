import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecentFiles } from '../../../electron/services/recent-files';
import { RecoveryStore } from '../../../electron/services/recovery-store';
import { matterFileTitled } from '../../support/matter-file-fixture';

const dataDir = () => mkdtempSync(path.join(tmpdir(), 'desk-data-'));

describe('RecoveryStore', () => {
  it('offers back the unsaved work after a restart, until it is discarded', async () => {
    const dir = dataDir();
    const first = new RecoveryStore(dir);
    await first.boot();
    expect(await first.check()).toBeNull();
    await first.write('/matters/dallas.cdesk', matterFileTitled('typed before the crash'));

    const afterRestart = new RecoveryStore(dir);
    await afterRestart.boot();
    const offered = await afterRestart.check();
    expect(offered?.originalPath).toBe('/matters/dallas.cdesk');
    expect(offered?.file.matter.title).toBe('typed before the crash');

    expect(await afterRestart.discard()).toBe(true);
    expect(await afterRestart.check()).toBeNull();
    expect(await afterRestart.discard()).toBe(false);
  });

  it('ignores a damaged recovery copy instead of failing the start', async () => {
    const store = new RecoveryStore(dataDir());
    await store.boot();
    writeFileSync(store.location, '{"originalPath": ');
    expect(await store.check()).toBeNull();
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
