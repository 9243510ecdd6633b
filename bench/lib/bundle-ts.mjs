// Lets a benchmark section call the TypeScript sources in-process: bundles an entry with esbuild into a
// temporary CommonJS file and loads it. Returns the module and a function that removes the temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

export async function loadTypeScript(entry) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'counsel-desk-bench-'));
  const outfile = path.join(dir, `${path.basename(entry, '.ts')}.cjs`);
  try {
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['better-sqlite3', 'electron'],
      logLevel: 'warning',
    });
    return {
      module: createRequire(import.meta.url)(outfile),
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
