#!/usr/bin/env node
// The `counsel-desk` command. Before `npm ci` (a fresh clone, or `npx counsel-desk` first thing) it installs the
// dependencies (scripts/ensure-setup.mjs), and it builds build/cli.cjs when that is missing.
const path = require('node:path');
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const bundle = path.join(root, 'build', 'cli.cjs');

/** Runs one of the set-up scripts; its messages go to stderr so that the command's own output stays clean. */
function runScript(script, args) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', script), ...args], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const installed = path.join(root, 'node_modules', '.package-lock.json');
const lock = path.join(root, 'package-lock.json');
if (
  !fs.existsSync(installed) ||
  (fs.existsSync(lock) && fs.statSync(lock).mtimeMs > fs.statSync(installed).mtimeMs)
)
  runScript('ensure-setup.mjs', []);
if (!fs.existsSync(bundle)) runScript('build.mjs', ['--cli']);
// Compiled from V8's code cache when there is one: a command starts without compiling the 2.6 MB bundle.
require('./load-with-code-cache.cjs').loadWithCodeCache(bundle, process.argv[2]);
