// `npm start`: install what is missing (see ensure-setup.mjs), build, then launch the desktop app. Where the Electron runtime is not installed (it cannot be
// downloaded on offline machines) say so in one line and serve browser mode instead.
// `npm run web -- --port <n> --data-dir <folder>`: browser mode explicitly. Stays in the foreground until Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSetup } from './ensure-setup.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const webOnly = args.includes('--web');

// Not require('electron'): its index.js starts a download when the binary is missing.
function electronBinary() {
  const dir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(dir, 'dist');
  const binary = path.join(base, relative);
  return relative && existsSync(binary) ? binary : null;
}

ensureSetup();
const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
  stdio: 'inherit',
  cwd: root,
});
if (built.status !== 0) process.exit(built.status ?? 1);

const binary = webOnly ? null : electronBinary();
if (binary) {
  const child = spawn(binary, [root, ...args], { stdio: 'inherit', cwd: root });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!webOnly) {
    console.log(
      'The Electron runtime is not installed on this machine, so Counsel Desk opens in browser mode instead.',
    );
  }
  // The web host prints the address with its token and handles Ctrl+C itself.
  createRequire(import.meta.url)(path.join(root, 'build', 'web-host.cjs'));
}
