// Section: a letter enclosing a whole record as its own pages (issue 13). A 20-page PDF record exported to
// DOCX: the first export produces and draws every page, the next takes the pictures from the cache.
// Targets: first export <= 5 s, again <= 1 s, the DOCX <= 3 MB.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { timeProcess } from './lib/measure.mjs';
import { bundleTypeScript } from './lib/bundle-ts.mjs';
import { section, target } from './lib/section.mjs';
import { EXTERNAL_PACKAGES } from '../scripts/external-packages.mjs';

export const title = 'Export a letter enclosing a 20-page record as its own pages';

export async function run({ root }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'counsel-desk-bench-exhibit-pages-'));
  const script = path.join(root, 'node_modules', '.cache', 'counsel-desk-bench', 'exhibit-pages-timing.cjs');
  try {
    await bundleTypeScript(
      path.join(root, 'bench', 'lib', 'exhibit-pages-timing.ts'),
      script,
      EXTERNAL_PACKAGES,
    );
    const run = await timeProcess(process.execPath, [script, dir, path.join(root, 'templates')], {
      cwd: root,
    });
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1));
    const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
    const size = `${(result.bytes / 1e6).toFixed(1)} MB`;
    return section(
      title,
      [
        ['first export (draw every page)', s(result.coldMs)],
        ['export again (pictures cached)', s(result.warmMs)],
        ['DOCX size', `${size} for ${result.pages} record pages`],
      ],
      [
        target('first export <= 5 s', result.coldMs <= 5000, s(result.coldMs)),
        target('export again <= 1 s', result.warmMs <= 1000, s(result.warmMs)),
        target('DOCX <= 3 MB', result.bytes <= 3e6, size),
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
