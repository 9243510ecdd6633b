// Saving by rename keeps what the user set up around the file (its permissions, a symbolic link) and never
// leaves a temp file behind: not after a failed fsync or rename, not after a killed save, not for backups.
import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { promises as fsp } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../electron/services/atomic-write';

const folder = () => mkdtempSync(path.join(tmpdir(), 'desk-atomic-'));
const modeOf = (file: string) => statSync(file).mode & 0o777;
const hostTag = createHash('sha256').update(hostname()).digest('hex').slice(0, 6);
/** A process id that no running process has (far above Linux's pid_max). */
const DEAD_PID = 4_194_999;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('writeFileAtomic keeps the file as the user set it up', () => {
  it('keeps a 0640 file 0640, and its backup too', async () => {
    const dir = folder();
    const file = path.join(dir, 'shared.cdesk');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    await writeFileAtomic(file, 'new', { backupPath: `${file}.bak` });
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(modeOf(file)).toBe(0o640);
    expect(modeOf(`${file}.bak`)).toBe(0o640);
  });

  it('makes a new file private (0600), or the mode asked for', async () => {
    const dir = folder();
    await writeFileAtomic(path.join(dir, 'new.cdesk'), 'x');
    expect(modeOf(path.join(dir, 'new.cdesk'))).toBe(0o600);
    writeFileSync(path.join(dir, 'loose.json'), 'x');
    chmodSync(path.join(dir, 'loose.json'), 0o644);
    await writeFileAtomic(path.join(dir, 'loose.json'), 'y', { mode: 0o600 });
    expect(modeOf(path.join(dir, 'loose.json'))).toBe(0o600);
  });

  it('writes through a symbolic link: the link stays a link and its target gets the new content', async () => {
    const real = folder();
    const links = folder();
    const target = path.join(real, 'dallas.cdesk');
    writeFileSync(target, 'old');
    const link = path.join(links, 'dallas.cdesk');
    symlinkSync(target, link);
    await writeFileAtomic(link, 'new', { backupPath: `${link}.bak` });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readFileSync(`${link}.bak`, 'utf8')).toBe('old');
    expect(readdirSync(real)).toEqual(['dallas.cdesk']);
  });

  it('creates the file a dangling link names, keeping the link', async () => {
    const dir = folder();
    const link = path.join(dir, 'link.cdesk');
    symlinkSync('later.cdesk', link);
    await writeFileAtomic(link, 'first');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'later.cdesk'), 'utf8')).toBe('first');
  });
});

describe('writeFileAtomic leaves no temp files', () => {
  it('removes its temp when fsync fails, and the file keeps its old content', async () => {
    const dir = folder();
    const file = path.join(dir, 'dallas.cdesk');
    writeFileSync(file, 'old');
    const open = fsp.open.bind(fsp);
    vi.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await open(...args);
      if (String(args[0]).endsWith('.tmp')) {
        handle.sync = () => Promise.reject(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }));
      }
      return handle;
    });
    await expect(writeFileAtomic(file, 'new')).rejects.toThrow('EIO');
    await expect(writeFileAtomic(file, 'new', { backupPath: `${file}.bak` })).rejects.toThrow('EIO');
    expect(readdirSync(dir)).toEqual(['dallas.cdesk']);
    expect(readFileSync(file, 'utf8')).toBe('old');
  });

  it('removes its temp when the rename fails', async () => {
    const dir = folder();
    const file = path.join(dir, 'dallas.cdesk');
    writeFileSync(file, 'old');
    vi.spyOn(fsp, 'rename').mockRejectedValue(Object.assign(new Error('EXDEV'), { code: 'EXDEV' }));
    await expect(writeFileAtomic(file, 'new')).rejects.toThrow('EXDEV');
    expect(readdirSync(dir)).toEqual(['dallas.cdesk']);
  });

  it('clears the temps of killed saves, of the file and of its .bak, and keeps those still being written', async () => {
    const dir = folder();
    const file = path.join(dir, 'dallas.cdesk');
    const left = [
      `.dallas.cdesk.${hostTag}-${DEAD_PID}-0123456789ab.tmp`,
      `.dallas.cdesk.bak.${hostTag}-${DEAD_PID}-ba9876543210.tmp`,
      '.dallas.cdesk.bak.00112233aabb.tmp', // an earlier version's backup temp, long ago
    ];
    const live = [
      `.dallas.cdesk.${hostTag}-${process.ppid}-0123456789ab.tmp`, // a running process's save
      `.dallas.cdesk.0a1b2c-${DEAD_PID}-0123456789ab.tmp`, // another computer's save, just started
      '.other.cdesk.00112233aabb.tmp', // another file's
    ];
    for (const name of [...left, ...live]) writeFileSync(path.join(dir, name), '{"half a');
    const old = new Date(Date.now() - 20 * 60_000);
    utimesSync(path.join(dir, left[2]!), old, old);
    await writeFileAtomic(file, 'saved', { backupPath: `${file}.bak` });
    expect(readdirSync(dir).sort()).toEqual(['dallas.cdesk', ...live].sort());
  });
});
