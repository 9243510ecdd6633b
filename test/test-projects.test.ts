// The unit project runs without LibreOffice or Chromium: a test file there that reaches either (directly or
// through a support file) belongs in the e2e project (see vitest.config.ts), or `--project unit` would need them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Modules that drive LibreOffice, poppler or Chromium. */
const NEEDS_PROGRAMS = /^(playwright-core|.*\/support\/(libreoffice|export-to-pdf|browser)(\.ts)?)$/;

function projectFiles(project: string): string[] {
  const vitest = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  const json = execFileSync(
    process.execPath,
    [vitest, 'list', '--project', project, '--filesOnly', '--json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return (JSON.parse(json) as { file: string }[]).map((entry) => path.relative(ROOT, entry.file));
}

/** The chain of imports from `file` to a module that needs one of the programs, or undefined. */
function programChain(file: string, seen = new Set<string>()): string[] | undefined {
  if (seen.has(file)) return undefined;
  seen.add(file);
  const source = readFileSync(path.join(ROOT, file), 'utf8');
  for (const [, spec] of source.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)) {
    if (NEEDS_PROGRAMS.test(spec!)) return [file, spec!];
    if (!spec!.startsWith('.')) continue;
    const target = path.join(path.dirname(file), spec!);
    const resolved = [`${target}.ts`, `${target}.tsx`, path.join(target, 'index.ts')].find((candidate) =>
      existsSync(path.join(ROOT, candidate)),
    );
    const chain = resolved?.startsWith('test') ? programChain(resolved, seen) : undefined;
    if (chain) return [file, ...chain];
  }
  return undefined;
}

it('no unit test needs LibreOffice or Chromium, and the e2e project holds those that do', () => {
  const unit = projectFiles('unit');
  const e2e = projectFiles('e2e');
  expect(unit.length).toBeGreaterThan(80);
  expect(unit.filter((file) => e2e.includes(file))).toEqual([]);
  const misplaced = unit
    .map((file) => programChain(file))
    .filter((chain) => chain !== undefined)
    .map((chain) => `${chain.join(' -> ')}: name it *-libreoffice.test.ts or move it under test/e2e/`);
  expect(misplaced).toEqual([]);
  expect(e2e).toContain('test/e2e/export/arbitrary-values-libreoffice.test.ts');
});
