// The CLI starts from V8's code cache: the command prints the same, and a stale or broken cache never breaks it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const loader = path.resolve(__dirname, '../../bin/load-with-code-cache.cjs');
const dirs: string[] = [];

function bundleIn(body: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'counsel-desk-cache-'));
  dirs.push(dir);
  const bundle = path.join(dir, 'cli.cjs');
  writeFileSync(bundle, body);
  return bundle;
}

const run = (bundle: string, command = 'render') =>
  execFileSync(
    process.execPath,
    ['-e', `require(${JSON.stringify(loader)}).loadWithCodeCache(${JSON.stringify(bundle)}, '${command}')`],
    { encoding: 'utf8' },
  );

const program = (word: string) =>
  `const path = require('node:path');\nmodule.exports = 1;\nconsole.log('${word}', path.basename(__filename), typeof module.exports);\n`;

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loading the CLI bundle with a code cache', () => {
  it('runs the bundle as CommonJS and prints the same with and without the cache', () => {
    const bundle = bundleIn(program('hello'));
    expect(run(bundle)).toBe('hello cli.cjs number\n');
    expect(existsSync(`${bundle}.render.v8-cache`)).toBe(true);
    expect(run(bundle)).toBe('hello cli.cjs number\n');
  });

  it('keeps one cache per command and one for anything else', () => {
    const bundle = bundleIn(program('hi'));
    run(bundle, 'check');
    run(bundle, '--version');
    expect(readdirSync(path.dirname(bundle)).sort()).toEqual([
      'cli.cjs',
      'cli.cjs.check.v8-cache',
      'cli.cjs.other.v8-cache',
    ]);
  });

  it('runs the new code after the bundle was rebuilt', () => {
    const bundle = bundleIn(program('old'));
    run(bundle);
    writeFileSync(bundle, program('new'));
    expect(run(bundle)).toBe('new cli.cjs number\n');
  });

  it('still runs when the cache file is damaged', () => {
    const bundle = bundleIn(program('fine'));
    run(bundle);
    writeFileSync(`${bundle}.render.v8-cache`, 'garbage\nnot a cache');
    expect(run(bundle)).toBe('fine cli.cjs number\n');
    // The right key with bytes V8 cannot use: V8 rejects them and the bundle is compiled afresh.
    const { size, mtimeMs } = statSync(bundle);
    const key = `${process.version}:${process.arch}:${size}:${mtimeMs}`;
    writeFileSync(`${bundle}.render.v8-cache`, Buffer.concat([Buffer.from(`${key}\n`), Buffer.alloc(64, 7)]));
    expect(run(bundle)).toBe('fine cli.cjs number\n');
    expect(statSync(`${bundle}.render.v8-cache`).size).toBeGreaterThan(key.length + 65);
    expect(run(bundle)).toBe('fine cli.cjs number\n');
  });
});
