// The sandboxed preload can require only 'electron': build it the way scripts/build.mjs does and scan the
// bundle for every require() call.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

describe('preload bundle', () => {
  it('requires nothing but electron, and stays small', async () => {
    const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'desk-preload-')), 'preload.cjs');
    await build({
      entryPoints: [path.join(root, 'electron/preload/preload.ts')],
      outfile,
      bundle: true,
      platform: 'browser',
      format: 'cjs',
      target: 'chrome130',
      external: ['electron'],
      logLevel: 'silent',
    });
    const code = readFileSync(outfile, 'utf8');
    const required = [...code.matchAll(/\brequire\(\s*(['"`])([^'"`]+)\1\s*\)/g)].map((m) => m[2]);
    expect(required).toEqual(['electron']);
    expect(code).not.toMatch(/\brequire\(\s*[^'"`\s)]/); // no computed require(name)
    expect(code).not.toContain('zod');
    expect(code.length).toBeLessThan(20_000);
  });
});
