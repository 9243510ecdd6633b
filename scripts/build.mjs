// Builds what the app, the web host and the CLI run: Node-side bundles with esbuild, the renderer with Vite.
//   node scripts/build.mjs          everything
//   node scripts/build.mjs --cli    only the CLI
//   --if-installed                  do nothing when the dependencies are not installed (the prepare script, which
//                                   `npm ci` runs, and so does npx when it links this checkout before `npm ci`)
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { removeBrokenNpxEntries } from './npx-cache.mjs';
import { EXTERNAL_PACKAGES } from './external-packages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const onlyCli = process.argv.includes('--cli');

/** esbuild, or an exit with one line saying how to install it (never a module-resolution stack). */
async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    if (process.argv.includes('--if-installed')) process.exit(0);
    console.error(
      'The dependencies are not installed: run `npm ci` first (`npm start` and `npm test` run it for you).',
    );
    process.exit(1);
  }
}
if (process.argv.includes('--if-installed')) removeBrokenNpxEntries(root);
const { build } = await loadEsbuild();

// Native and heavy packages stay outside the bundles and load from node_modules (or app.asar.unpacked).
const external = EXTERNAL_PACKAGES;

const nodeEntries = [
  { in: 'electron/cli/index.ts', out: 'build/cli.cjs', banner: '' },
  { in: 'electron/web-host/index.ts', out: 'build/web-host.cjs', banner: '' },
  { in: 'electron/main/main.ts', out: 'build/electron/main.cjs', banner: '' },
];

// Handlebars builds every compiled template through source-map's SourceNode when it can load that
// package, though we never ask for source maps; without it Handlebars uses its own plain string builder,
// which compiles a 300-page template's code in a fraction of the time.
const withoutTemplateSourceMaps = {
  name: 'without-template-source-maps',
  setup(build) {
    build.onResolve({ filter: /^source-map$/ }, (args) =>
      args.importer.includes(`${path.sep}handlebars${path.sep}`)
        ? { path: 'source-map', namespace: 'no-source-map' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'no-source-map' }, () => ({ contents: 'module.exports = {};' }));
  },
};

async function bundleNode(entry) {
  const src = path.join(root, entry.in);
  if (!existsSync(src)) return;
  await build({
    entryPoints: [src],
    outfile: path.join(root, entry.out),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external,
    sourcemap: 'linked',
    logLevel: 'warning',
    define: { 'import.meta.url': 'importMetaUrl' },
    plugins: [withoutTemplateSourceMaps],
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  });
}

// The sandboxed preload may require nothing but `electron`: one CommonJS file, everything else inlined.
async function bundlePreload() {
  const src = path.join(root, 'electron/preload/preload.ts');
  if (!existsSync(src)) return;
  await build({
    entryPoints: [src],
    outfile: path.join(root, 'build/electron/preload.cjs'),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'chrome130',
    external: ['electron'],
    logLevel: 'warning',
  });
}

async function buildRenderer() {
  if (!existsSync(path.join(root, 'renderer/index.html'))) return;
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: path.join(root, 'renderer/vite.config.ts'), logLevel: 'warn' });
}

try {
  if (onlyCli) {
    await bundleNode(nodeEntries[0]);
  } else {
    await Promise.all([...nodeEntries.map(bundleNode), bundlePreload()]);
    await buildRenderer();
  }
} catch (error) {
  console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
