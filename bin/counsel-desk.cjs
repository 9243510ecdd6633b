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
require(bundle);
