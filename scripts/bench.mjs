// `npm run bench`: runs every benchmark section in bench/*.bench.mjs (after `npm run build`) and prints
// each with its targets. A section exports `title` and `run({ root })` returning bench/lib/section.mjs's shape.
//   node scripts/bench.mjs [name-part ...]   only the sections whose file name contains a name part
//   node scripts/bench.mjs --strict          exit 1 when a target is missed
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'bench');
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const filters = args.filter((arg) => !arg.startsWith('--'));

const files = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => filters.length === 0 || filters.some((part) => name.includes(part)))
  .sort();

function print(result) {
  console.log(`\n== ${result.title}`);
  const width = Math.max(0, ...result.rows.map(([label]) => label.length));
  for (const [label, value] of result.rows) console.log(`  ${label.padEnd(width)}  ${value}`);
  for (const t of result.targets) console.log(`  ${t.ok ? 'MET   ' : 'MISSED'} ${t.label}: ${t.detail}`);
}

let missed = 0;
let failed = 0;
for (const name of files) {
  const module = await import(pathToFileURL(path.join(benchDir, name)).href);
  try {
    const result = await module.run({ root });
    print(result);
    missed += result.targets.filter((t) => !t.ok).length;
  } catch (error) {
    failed += 1;
    console.log(
      `\n== ${module.title ?? name}\n  FAILED ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
console.log(
  `\n${files.length} sections, ${missed} targets missed${failed ? `, ${failed} sections failed` : ''}.`,
);
if (failed > 0 || (strict && missed > 0)) process.exitCode = 1;
