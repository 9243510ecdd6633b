// A newcomer's first commands on a fresh clone: `npm start`, `npm test`, `npx counsel-desk` and the build install
// what is missing first or say in one line what to do, never with a module-resolution stack.
import { existsSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CRASH, makeClone, removeClones } from './setup-harness';

afterAll(removeClones);

const NPM_CI = 'npm ci --no-audit --no-fund';
const NOT_ROOT = process.getuid?.() === 0 ? 65534 : (process.getuid?.() ?? 1000);

/** Marks the clone installed, `ageSeconds` after package-lock.json was last written. */
function installed(dir: string, ageSeconds: number) {
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  const marker = path.join(dir, 'node_modules', '.package-lock.json');
  writeFileSync(marker, '{}');
  const now = Date.now() / 1000;
  utimesSync(path.join(dir, 'package-lock.json'), now, now);
  utimesSync(marker, now + ageSeconds, now + ageSeconds);
}

describe('npm start and npm test on a fresh clone', () => {
  it('npm start runs npm ci first, and a build that cannot run says so in one line', () => {
    const clone = makeClone();
    const run = clone.run(['scripts/start.mjs']);
    expect(clone.calls()).toEqual([NPM_CI]);
    expect(run.stderr).toContain('Installing the dependencies first (npm ci)');
    // The stand-in npm installs nothing, so the build finds no esbuild: one line, not a stack.
    expect(run.stderr).toContain('The dependencies are not installed: run `npm ci` first');
    expect(run.stderr + run.stdout).not.toMatch(CRASH);
    expect(run.status).toBe(1);
  });

  it('installs again when package-lock.json is newer than the installed packages, and not otherwise', () => {
    const clone = makeClone();
    installed(clone.dir, -60);
    const stale = clone.run(['scripts/ensure-setup.mjs']);
    expect(stale.stderr).toContain('package-lock.json has changed since the dependencies were installed');
    expect(clone.calls()).toEqual([NPM_CI]);
    installed(clone.dir, 60);
    expect(clone.run(['scripts/ensure-setup.mjs'])).toMatchObject({ status: 0, stderr: '' });
    expect(clone.calls()).toEqual([NPM_CI]);
  });

  it('a failing npm ci stops with one line pointing at npm’s own message', () => {
    const clone = makeClone();
    const run = clone.run(['scripts/test.mjs'], { env: { FAKE_NPM_FAILS: '1' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm error code E404');
    expect(run.stderr).toContain('npm ci failed; the lines above say why.');
    expect(run.stderr).not.toMatch(CRASH);
  });

  it('a Node.js older than package.json’s engines is named, with the version needed', () => {
    const clone = makeClone();
    const pkg = path.join(clone.dir, 'package.json');
    writeFileSync(pkg, JSON.stringify({ name: 'counsel-desk', engines: { node: '>=99.1' } }));
    const run = clone.run(['scripts/start.mjs']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `Counsel Desk needs Node.js 99.1 or later; this is Node.js ${process.versions.node}. Install a newer Node.js and run the command again.`,
    );
    expect(clone.calls()).toEqual([]);
  });
});

describe('the Debian packages the tests use', () => {
  it('without root, npm test names the exact apt command in one line and installs nothing', () => {
    const clone = makeClone();
    installed(clone.dir, 60);
    const run = clone.run(['scripts/test.mjs'], { uid: NOT_ROOT });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^The tests need soffice, pdftotext, qpdf, unzip, zipinfo, chromium(, LiberationSerif-Regular\.ttf)?, which this machine lacks\. Install them with: sudo apt-get install -y libreoffice-writer-nogui poppler-utils qpdf unzip chromium( fonts-liberation2)?$/,
    );
    expect(clone.calls()).toEqual([]);
  });

  it('as root, npm test installs them with apt-get (and says so when they are still missing)', () => {
    const clone = makeClone();
    installed(clone.dir, 60);
    const run = clone.run(['scripts/test.mjs'], { uid: 0 });
    expect(run.stderr).toMatch(/^Installing the Debian packages the tests use: libreoffice-writer-nogui/);
    expect(clone.calls()).toEqual([
      'apt-get update -qq',
      expect.stringMatching(
        /^apt-get install -y -qq libreoffice-writer-nogui poppler-utils qpdf unzip chromium/,
      ),
    ]);
    // The stand-in apt-get installs nothing, so the same one line follows.
    expect(run.stderr).toContain('The tests need soffice, pdftotext, qpdf, unzip, zipinfo, chromium');
    expect(run.status).toBe(1);
  });
});

describe('the build and npx before npm ci', () => {
  it('the build says in one line to run npm ci; the prepare script’s build skips quietly', () => {
    const clone = makeClone();
    const build = clone.run(['scripts/build.mjs']);
    expect(build.status).toBe(1);
    expect(build.stderr.trim()).toBe(
      'The dependencies are not installed: run `npm ci` first (`npm start` and `npm test` run it for you).',
    );
    expect(clone.run(['scripts/build.mjs', '--cli', '--if-installed'])).toMatchObject({
      status: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('counsel-desk before npm ci installs the dependencies, keeping its standard output clean', () => {
    const clone = makeClone();
    const run = clone.run(['bin/counsel-desk.cjs', 'templates', '--json']);
    expect(clone.calls()).toEqual([NPM_CI]);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Installing the dependencies first (npm ci)');
    expect(run.stderr).not.toMatch(CRASH);
  });

  it('removes the broken npx cache entry an early `npx counsel-desk` left, and only that one', () => {
    const clone = makeClone();
    const npx = path.join(clone.dir, '.npm-cache', '_npx');
    const entry = (name: string, target: string, complete: boolean) => {
      mkdirSync(path.join(npx, name, 'node_modules'), { recursive: true });
      symlinkSync(target, path.join(npx, name, 'node_modules', 'counsel-desk'));
      if (complete) writeFileSync(path.join(npx, name, 'package.json'), '{}');
      return path.join(npx, name);
    };
    const broken = entry('broken', clone.dir, false);
    const complete = entry('complete', clone.dir, true);
    const elsewhere = entry('elsewhere', path.join(clone.dir, 'scripts'), false);
    // While npx itself runs the prepare script, its own entry is still being made: it is left alone.
    clone.run(['scripts/build.mjs', '--cli', '--if-installed'], { env: { npm_command: 'exec' } });
    expect(existsSync(broken)).toBe(true);
    const run = clone.run(['scripts/build.mjs', '--cli', '--if-installed'], { env: { npm_command: 'ci' } });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      `Removed a broken npx cache entry that an earlier \`npx counsel-desk\` left`,
    );
    expect([existsSync(broken), existsSync(complete), existsSync(elsewhere)]).toEqual([false, true, true]);
  });
});
