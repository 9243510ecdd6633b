// The recent matters keep the names they were saved with, and where the user was last is remembered only for
// a matter of the list (the page cannot name new files through it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecentFiles } from '../../../electron/services/recent-files';

const folder = () => mkdtempSync(path.join(os.tmpdir(), 'recent-files-'));

async function recentIn(dir: string): Promise<RecentFiles> {
  const recent = new RecentFiles(dir);
  await recent.boot();
  return recent;
}

describe('recent matters', () => {
  it('keeps each matter’s name across restarts, and the name it had when a save gives none', async () => {
    const dir = folder();
    const a = path.join(dir, 'a.cdesk');
    const b = path.join(dir, 'b.cdesk');
    writeFileSync(a, '');
    writeFileSync(b, '');
    const recent = await recentIn(dir);
    await recent.add(a, 'Dallas inquiry');
    await recent.add(b, 'Austin inquiry');
    await recent.add(a);
    expect(recent.matters()).toEqual([
      { path: a, title: 'Dallas inquiry' },
      { path: b, title: 'Austin inquiry' },
    ]);
    expect((await recentIn(dir)).matters()).toEqual(recent.matters());
  });

  it('reads a list written by an earlier version (bare paths) as matters without a name', async () => {
    const dir = folder();
    const a = path.join(dir, 'a.cdesk');
    writeFileSync(a, '');
    writeFileSync(path.join(dir, 'recent-files.json'), JSON.stringify([a, 42, { nope: true }]));
    expect((await recentIn(dir)).matters()).toEqual([{ path: a, title: '' }]);
  });

  it('remembers where the user was only for a matter of the list, and forgets on an empty path', async () => {
    const dir = folder();
    const a = path.join(dir, 'a.cdesk');
    writeFileSync(a, '');
    const recent = await recentIn(dir);
    const elsewhere = {
      path: path.join(dir, 'not-opened.cdesk'),
      draftId: 'd1',
      view: 'draft' as const,
      scrollTop: 0,
    };
    expect(await recent.remember({ ...elsewhere })).toBe(false);
    expect(recent.lastSession()).toBeNull();
    await recent.add(a, 'Dallas');
    expect(await recent.remember({ path: a, draftId: 'd2', view: 'matter', scrollTop: 640 })).toBe(true);
    expect((await recentIn(dir)).lastSession()).toEqual({
      path: a,
      draftId: 'd2',
      view: 'matter',
      scrollTop: 640,
    });
    await recent.remember({ path: '', draftId: '', view: 'draft', scrollTop: 0 });
    expect((await recentIn(dir)).lastSession()).toBeNull();
  });

  it('offers no last session for a file that is gone', async () => {
    const dir = folder();
    const a = path.join(dir, 'a.cdesk');
    writeFileSync(a, '');
    const recent = await recentIn(dir);
    await recent.add(a);
    await recent.remember({ path: a, draftId: '', view: 'draft', scrollTop: 0 });
    rmSync(a);
    expect((await recentIn(dir)).lastSession()).toBeNull();
  });
});
