// The main-process bundle must build from the sources and load only Electron, Node built-ins and the
// native/heavy packages that scripts/build.mjs keeps outside the bundle (they ship in node_modules).
import { builtinModules } from 'node:module';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const external = ['electron', 'better-sqlite3', 'pdfjs-dist', 'mammoth', 'fsevents'];

describe('main process bundle', () => {
  it('builds and requires only electron, Node built-ins and the unbundled packages', async () => {
    const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'desk-main-')), 'main.cjs');
    await build({
      entryPoints: [path.join(root, 'electron/main/main.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external,
      logLevel: 'silent',
      define: { 'import.meta.url': 'importMetaUrl' },
      banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    });
    const code = readFileSync(outfile, 'utf8');
    const required = new Set([...code.matchAll(/\brequire\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]!));
    const allowed = (name: string) =>
      external.some((e) => name === e || name.startsWith(`${e}/`)) ||
      builtinModules.includes(name.replace(/^node:/, ''));
    expect([...required].filter((name) => !allowed(name))).toEqual([]);
    expect(required).toContain('electron');
  });
});
