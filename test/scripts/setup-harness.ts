// A fresh clone without node_modules, in a temp folder, with a stand-in npm and apt-get that record how they
// were called: the set-up scripts run there as a newcomer runs them, without downloading anything.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Clone {
  dir: string;
  /** A folder for the PATH holding node and the stand-in apt-get, and nothing else. */
  bin: string;
  /** The calls made to the stand-in npm and apt-get, one line each (`npm ci --no-audit --no-fund`). */
  calls(): string[];
  run(args: string[], options?: { env?: Record<string, string>; uid?: number }): Result;
}

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Stand-in npm: records its arguments; `ci` "installs" by writing node_modules/.package-lock.json. */
const FAKE_NPM = `
const fs = require('fs'), path = require('path');
fs.appendFileSync(process.env.SETUP_CALLS, 'npm ' + process.argv.slice(2).join(' ') + '\\n');
if (process.env.FAKE_NPM_FAILS) { console.error('npm error code E404'); process.exit(1); }
fs.mkdirSync('node_modules', { recursive: true });
fs.writeFileSync(path.join('node_modules', '.package-lock.json'), '{}');
`;

const FAKE_APT = `#!/bin/sh
echo "apt-get $*" >> "$SETUP_CALLS"
`;

const made: string[] = [];

/** Removes every clone made so far (call it after the tests). */
export function removeClones(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function makeClone(): Clone {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'counsel-desk-clone-'));
  made.push(dir);
  for (const name of ['package.json', 'package-lock.json', 'scripts', 'bin'])
    cpSync(path.join(ROOT, name), path.join(dir, name), { recursive: true });
  const bin = path.join(dir, '.test-bin');
  mkdirSync(bin);
  symlinkSync(process.execPath, path.join(bin, 'node'));
  writeFileSync(path.join(bin, 'apt-get'), FAKE_APT);
  chmodSync(path.join(bin, 'apt-get'), 0o755);
  writeFileSync(path.join(dir, '.fake-npm.cjs'), FAKE_NPM);
  const calls = path.join(dir, '.calls');
  writeFileSync(calls, '');
  // Another user (the nobody of a non-root run) must be able to read the clone.
  chmodSync(dir, 0o755);
  chmodSync(calls, 0o666);
  return {
    dir,
    bin,
    calls: () => readFileSync(calls, 'utf8').split('\n').filter(Boolean),
    run(args, { env = {}, uid } = {}) {
      const command =
        uid === undefined ? [process.execPath, ...args] : asUser(uid, [process.execPath, ...args]);
      const result = spawnSync(command[0]!, command.slice(1), {
        cwd: dir,
        encoding: 'utf8',
        env: {
          PATH: bin,
          HOME: dir,
          npm_execpath: path.join(dir, '.fake-npm.cjs'),
          npm_config_cache: path.join(dir, '.npm-cache'),
          SETUP_CALLS: calls,
          ...env,
        },
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
  };
}

/** The command run as root (a user namespace when we are not) or as nobody (setpriv when we are root). */
function asUser(uid: number, command: string[]): string[] {
  const current = process.getuid?.();
  if (current === uid) return command;
  if (uid === 0) return ['/usr/bin/unshare', '--map-root-user', ...command];
  if (current === 0)
    return ['/usr/bin/setpriv', `--reuid=${uid}`, `--regid=${uid}`, '--clear-groups', ...command];
  return command;
}

/** Output a person would call a crash: a module-resolution error or a stack trace. */
export const CRASH = /ERR_MODULE_NOT_FOUND|\n\s+at .+:\d+:\d+/;
