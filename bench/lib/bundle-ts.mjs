// Lets a benchmark section call the TypeScript sources in-process: bundles an entry with esbuild into a
// temporary CommonJS file and loads it. Returns the module and a function that removes the temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a TypeScript entry into one CommonJS file at `outfile`. The `external` packages are left to load
 * from node_modules, so an outfile that needs them must sit inside the checkout (build/, node_modules/.cache).
 */
export async function bundleTypeScript(entry, outfile, external = ['better-sqlite3', 'electron']) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external,
    // As the app's own bundles (scripts/build.mjs): sources that find files beside them read import.meta.url.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
  });
  return outfile;
}

export async function loadTypeScript(entry) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'counsel-desk-bench-'));
  const outfile = path.join(dir, `${path.basename(entry, '.ts')}.cjs`);
  try {
    await bundleTypeScript(entry, outfile);
    return {
      module: createRequire(import.meta.url)(outfile),
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
