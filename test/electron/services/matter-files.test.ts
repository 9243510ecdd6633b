import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MATTER_FILE_VERSION } from '../../../core/matter-file/matter-file';
import { MatterFiles, backupPathFor } from '../../../electron/services/matter-files';
import { matterFileTitled } from '../../support/matter-file-fixture';
import { refusal } from '../../support/refusal';

const files = new MatterFiles();
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'desk-matter-'));

describe('MatterFiles', () => {
  it('saves and opens a matter, adding .cdesk and recording when it was saved', async () => {
    const dir = tempDir();
    const saved = await files.save(path.join(dir, 'dallas'), matterFileTitled('Dallas inquiry'));
    expect(saved.path).toBe(path.join(dir, 'dallas.cdesk'));
    const opened = await files.open(saved.path);
    expect(opened.matter.title).toBe('Dallas inquiry');
    expect(opened.savedAt).toBe(saved.savedAt);
  });

  it('keeps the previous version as <name>.cdesk.bak and leaves no temp files', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'dallas.cdesk');
    await files.save(target, matterFileTitled('first'));
    await files.save(target, matterFileTitled('second'));
    expect((await files.open(target)).matter.title).toBe('second');
    expect((await files.open(backupPathFor(target))).matter.title).toBe('first');
    expect(readdirSync(dir).sort()).toEqual(['dallas.cdesk', 'dallas.cdesk.bak']);
  });

  it('clears temp files an interrupted save left behind, once they are stale', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'dallas.cdesk');
    const stale = path.join(dir, '.dallas.cdesk.0123456789ab.tmp');
    const fresh = path.join(dir, '.dallas.cdesk.ba9876543210.tmp');
    writeFileSync(stale, '{"half a');
    writeFileSync(fresh, '{"half a');
    utimesSync(stale, new Date(2020, 0, 1), new Date(2020, 0, 1));
    await files.save(target, matterFileTitled('after the crash'));
    expect(readdirSync(dir).sort()).toEqual(['.dallas.cdesk.ba9876543210.tmp', 'dallas.cdesk']);
  });

  it('says a missing file is not found', async () => {
    const error = await refusal(files.open(path.join(tempDir(), 'gone.cdesk')));
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('moved, renamed or deleted');
  });

  it.each([
    ['a damaged file', '{"format": "counsel-desk-matter", "fileVersion": 1', 'invalid-file'],
    [
      'a file from a newer version',
      JSON.stringify({ ...matterFileTitled('x'), fileVersion: MATTER_FILE_VERSION + 1 }),
      'newer-version',
    ],
    ['a different kind of file', 'PK\u0003\u0004 not json', 'invalid-file'],
  ])('refuses %s and never changes it', async (_kind, text, code) => {
    const target = path.join(tempDir(), 'odd.cdesk');
    writeFileSync(target, text);
    const before = statSync(target).mtimeMs;
    const error = await refusal(files.open(target));
    expect(error.code).toBe(code);
    expect(readFileSync(target, 'utf8')).toBe(text);
    expect(statSync(target).mtimeMs).toBe(before);
    expect(readdirSync(path.dirname(target))).toEqual(['odd.cdesk']);
  });

  it('reports a save into a missing folder as an io-error naming the folder', async () => {
    const folder = path.join(tempDir(), 'no', 'such');
    const error = await refusal(files.save(path.join(folder, 'x.cdesk'), matterFileTitled('x')));
    expect(error.code).toBe('io-error');
    expect(error.message).toContain(folder);
  });
});

describe('MatterFiles with two writers', () => {
  const saved = async (target: string, title: string) => {
    await files.save(target, matterFileTitled(title));
    return target;
  };

  it('refuses a save over a file another writer changed since it was opened, and writes nothing', async () => {
    const target = await saved(path.join(tempDir(), 'dallas.cdesk'), 'first');
    const windowA = new MatterFiles();
    const windowB = new MatterFiles();
    const openedA = await windowA.read(target);
    const openedB = await windowB.read(target);
    await windowA.save(target, matterFileTitled('A’s edits'), { expected: openedA.version });
    const error = await refusal(
      windowB.save(target, matterFileTitled('B’s edits'), { expected: openedB.version }),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toContain(
      'dallas.cdesk was changed on disk after this window opened or last saved it',
    );
    expect(error.message).toContain('Save As…');
    expect(error.message).toContain('Overwrite');
    expect((await files.open(target)).matter.title).toBe('A’s edits');
    expect((await files.open(backupPathFor(target))).matter.title).toBe('first');
    expect(readdirSync(path.dirname(target)).sort()).toEqual(['dallas.cdesk', 'dallas.cdesk.bak']);
  });

  it('overwrites when the user chose to, keeping the replaced version as the backup', async () => {
    const target = await saved(path.join(tempDir(), 'dallas.cdesk'), 'first');
    const stale = (await files.read(target)).version;
    await files.save(target, matterFileTitled('theirs'));
    await refusal(files.save(target, matterFileTitled('mine'), { expected: stale }));
    await files.save(target, matterFileTitled('mine'));
    expect((await files.open(target)).matter.title).toBe('mine');
    expect((await files.open(backupPathFor(target))).matter.title).toBe('theirs');
  });

  it('saves again after its own save: the version it returns is what is on disk', async () => {
    const target = await saved(path.join(tempDir(), 'dallas.cdesk'), 'first');
    let version = (await files.read(target)).version;
    for (const title of ['second', 'third']) {
      ({ version } = await files.save(target, matterFileTitled(title), { expected: version }));
      expect(version).toEqual((await files.read(target)).version);
    }
  });

  it('is not fooled by a file only touched, nor stopped by one deleted since', async () => {
    const target = await saved(path.join(tempDir(), 'dallas.cdesk'), 'first');
    const { version } = await files.read(target);
    utimesSync(target, new Date(2030, 0, 1), new Date(2030, 0, 1));
    const touched = await files.save(target, matterFileTitled('second'), { expected: version });
    rmSync(target);
    await files.save(target, matterFileTitled('third'), { expected: touched.version });
    expect((await files.open(target)).matter.title).toBe('third');
  });

  it('refuses to replace a file where none was expected (Save As onto an existing name)', async () => {
    const target = await saved(path.join(tempDir(), 'taken.cdesk'), 'someone else’s');
    const error = await refusal(files.save(target, matterFileTitled('mine'), { expected: null }));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain(`${target} already exists`);
    expect((await files.open(target)).matter.title).toBe('someone else’s');
  });

  it('lets only one of two simultaneous saves from the same version through', async () => {
    const target = await saved(path.join(tempDir(), 'dallas.cdesk'), 'first');
    const { version } = await files.read(target);
    const results = await Promise.allSettled(
      ['one', 'two'].map((title) => files.save(target, matterFileTitled(title), { expected: version })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });
});
