// `npm test`: installs what is missing (see ensure-setup.mjs), then lint, type-check, build and every vitest
// project (unit, then the Chromium end-to-end and LibreOffice export tests). Arguments go to vitest:
// `npm test -- --project unit`, `npm test -- test/core/docx`. Plain Node, since it runs before `npm ci`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureSetup, root } from './ensure-setup.mjs';

ensureSetup({ tests: true });

/** A package's own command-line script, run with this Node (no shell, no PATH lookup). */
function binOf(name, bin = name) {
  const dir = path.join(root, 'node_modules', name);
  const json = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return path.join(dir, typeof json.bin === 'string' ? json.bin : json.bin[bin]);
}

const steps = [
  ['lint', [binOf('eslint'), '.']],
  ['format check', [binOf('prettier'), '--check', '--log-level', 'warn', '.']],
  ['type-check', [binOf('typescript', 'tsc'), '-p', 'tsconfig.json', '--noEmit']],
  ['build', [path.join(root, 'scripts', 'build.mjs')]],
  ['tests', [binOf('vitest'), 'run', ...process.argv.slice(2)]],
];

const timings = [];
for (const [name, args] of steps) {
  console.log(`\n== ${name}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  timings.push(`${name} ${Math.round((Date.now() - started) / 1000)} s`);
  if (result.status !== 0) {
    console.error(`\nnpm test stopped: ${name} failed (see above).`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\nnpm test passed: ${timings.join(', ')}.`);
