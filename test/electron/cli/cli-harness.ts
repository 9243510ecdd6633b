// Runs the built CLI (build/cli.cjs) as a user would, in a fresh process, and collects what it printed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newMatter } from '../../../core/matter/new-matter';
import type { Matter } from '../../../core/matter/schema';

export const root = path.resolve(import.meta.dirname, '..', '..', '..');
const bundle = path.join(root, 'build', 'cli.cjs');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds the CLI bundle unless it is newer than every source. Test files run in parallel, so the build
 * runs under a lock and is skipped when another file has just built it.
 */
export function ensureCliBuilt(): void {
  const script = [
    `const fs = require('fs');`,
    `if (fs.existsSync(${JSON.stringify(bundle)}) && fs.statSync(${JSON.stringify(bundle)}).mtimeMs > ${Math.max(
      newestSource(path.join(root, 'core')),
      newestSource(path.join(root, 'electron')),
    )}) process.exit(0);`,
    `require('child_process').execFileSync(process.execPath, ['scripts/build.mjs', '--cli'], { stdio: 'inherit' });`,
  ].join('\n');
  const lock = path.join(os.tmpdir(), 'counsel-desk-cli-build.lock');
  let result = spawnSync('flock', [lock, process.execPath, '-e', script], { cwd: root, encoding: 'utf8' });
  // Without flock (not Linux) build unlocked; test files may then build at the same time, which is only slower.
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    result = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
  }
  if (result.error || result.status !== 0 || !existsSync(bundle)) {
    throw new Error(`Building the CLI failed: ${result.stderr || result.error?.message || ''}`);
  }
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}, cwd = root): CliRun {
  const result = spawnSync(process.execPath, [bundle, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const tempDir = (): string => mkdtempSync(path.join(os.tmpdir(), 'counsel-desk-cli-'));

/** A matter with every field `check` insists on filled in. */
export function completeMatter(): Matter {
  const matter = newMatter();
  matter.inquiry.letterDate = '2025-03-07';
  matter.inquiry.deadline = '2025-03-21';
  matter.inquiry.requests = [
    { ...matter.inquiry.requests[0]!, number: '1', text: 'All policies on immigration enforcement.' },
    { ...matter.inquiry.requests[0]!, number: '2', text: 'Communications about the general order.' },
  ];
  matter.respondent.city = 'Dallas';
  matter.counsel.name = 'Pat Example';
  matter.signatory.name = 'Pat Example';
  return matter;
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
  return file;
}

/** Nobody ever sees a stack trace: no "    at f (file:line)" lines. */
export const hasStackTrace = (text: string): boolean => /^\s+at .+[:(]/m.test(text);
