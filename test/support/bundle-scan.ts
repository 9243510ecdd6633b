// Builds one Electron entry point the way scripts/build.mjs does (one CommonJS file) into a temp folder and
// reads back what it loads at run time, for the tests that pin down what a bundle may require.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { BuildOptions } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../..');

/** The bundled code of `entry` (a path from the repo root); `options` are the entry's own build settings. */
export async function bundleCode(entry: string, options: BuildOptions): Promise<string> {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'desk-bundle-')), 'bundle.cjs');
  await build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    format: 'cjs',
    logLevel: 'silent',
    ...options,
  });
  return readFileSync(outfile, 'utf8');
}

/** Every module the code requires by a literal name, in order (a computed require(name) is not listed). */
export const requiredModules = (code: string): string[] =>
  [...code.matchAll(/\brequire\(\s*(['"`])([^'"`]+)\1\s*\)/g)].map((m) => m[2]!);
