// Kills a process that saves in a loop at random moments, many times: the matter file (and its backup)
// must always open as a whole version, old or new, never a broken mix, and no temp file may stay behind.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { MatterFiles, backupPathFor } from '../../../electron/services/matter-files';
import { matterFileTitled } from '../../support/matter-file-fixture';

const KILLS = 30;
const dir = mkdtempSync(path.join(tmpdir(), 'desk-crash-'));
const child = path.join(dir, 'save-loop.cjs');
const target = path.join(dir, 'dallas.cdesk');
const files = new MatterFiles();
const temps = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

beforeAll(async () => {
  await build({
    entryPoints: [path.join(import.meta.dirname, 'fixtures', 'save-loop.ts')],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'silent',
  });
  await files.save(target, matterFileTitled('initial'));
});

function saveThenKill(): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, target], { stdio: ['ignore', 'pipe', 'inherit'] });
    proc.on('error', reject);
    proc.on('exit', () => resolve());
    proc.stdout.once('data', () => {
      // After the first complete save, let it run into the middle of later ones.
      setTimeout(() => proc.kill('SIGKILL'), 1 + Math.floor(Math.random() * 80));
    });
  });
}

describe('atomic save under kill -9', () => {
  it(`leaves a whole version and no temp file after each of ${KILLS} kills`, async () => {
    const seen = new Set<string>();
    for (let i = 0; i < KILLS; i++) {
      await saveThenKill();
      const current = await files.open(target);
      // Opening clears what the killed save left (its process is gone), the file's and the backup's temps.
      // (Many kills land mid-save; atomic-write.test.ts also plants such temps deterministically.)
      expect(temps()).toEqual([]);
      expect(current.matter.title).toMatch(/^(initial|save \d+)$/);
      seen.add(current.matter.title);
      const backup = await files.open(backupPathFor(target));
      expect(backup.matter.title).toMatch(/^(initial|save \d+)$/);
    }
    // The child really did replace the file between kills, so the kills hit a live saver.
    expect([...seen].some((title) => title.startsWith('save'))).toBe(true);
  });
});
