#!/usr/bin/env node
// The `counsel-desk` command. `npm ci` builds build/cli.cjs (prepare script); build it now if it is missing.
const path = require('node:path');
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const bundle = path.join(root, 'build', 'cli.cjs');
if (!fs.existsSync(bundle)) {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--cli'], { stdio: 'inherit' });
}
// Compiled from V8's code cache when there is one: a command starts without compiling the 2.6 MB bundle.
require('./load-with-code-cache.cjs').loadWithCodeCache(bundle, process.argv[2]);
