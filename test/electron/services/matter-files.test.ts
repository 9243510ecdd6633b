import { mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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
