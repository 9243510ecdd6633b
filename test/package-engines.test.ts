// The Node.js the project says it needs (package.json's engines, the README's prerequisites) is one that every
// installed package supports. The one stated exception is Electron's own tooling, which downloads the Electron
// runtime and builds installers (`npm run dist`): the README states the newer Node.js it declares, and nothing
// the app, the CLI, the build or the tests run depends on it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const pkg = readJson(path.join(ROOT, 'package.json')) as { engines: { node: string } };
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
/** The packages that are Electron's tooling, and everything only they bring in. */
const TOOLING = ['electron', 'electron-builder'];

interface Installed {
  dir: string;
  name: string;
  version: string;
  node?: string;
}

function installed(dir = path.join(ROOT, 'node_modules'), out: Installed[] = []): Installed[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (name.startsWith('@')) {
      installed(full, out);
      continue;
    }
    const manifest = path.join(full, 'package.json');
    if (!existsSync(manifest)) continue;
    const json = readJson(manifest) as { name: string; version: string; engines?: { node?: string } };
    out.push({
      dir: path.relative(ROOT, full),
      name: json.name,
      version: json.version,
      node: json.engines?.node,
    });
    installed(path.join(full, 'node_modules'), out);
  }
  return out;
}

/** Lockfile paths (`node_modules/a/node_modules/b`) reachable from the root's dependencies, less `skip`. */
function reachable(skip: readonly string[]): Set<string> {
  const lock = readJson(path.join(ROOT, 'package-lock.json')) as {
    packages: Record<string, Record<string, Record<string, string> | undefined>>;
  };
  const resolve = (from: string, name: string): string | undefined => {
    for (let at = from; ; at = at.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/, '')) {
      const candidate = `${at ? `${at}/` : ''}node_modules/${name}`;
      if (lock.packages[candidate]) return candidate;
      if (!at) return undefined;
    }
  };
  const seen = new Set<string>();
  const visit = (at: string) => {
    const entry = lock.packages[at]!;
    const names = {
      ...entry.dependencies,
      ...entry.optionalDependencies,
      ...(at ? {} : entry.devDependencies),
    };
    for (const name of Object.keys(names)) {
      if (!at && skip.includes(name)) continue;
      const target = resolve(at, name);
      if (target && !seen.has(target)) {
        seen.add(target);
        visit(target);
      }
    }
  };
  visit('');
  return seen;
}

const minimum = semver.minVersion(pkg.engines.node)!.version;

it('the README states the same oldest Node.js as package.json', () => {
  const stated = /Prerequisites: Node\.js (\d+\.\d+) or later/.exec(README)?.[1];
  expect(`${stated}.0`).toBe(minimum);
});

it('every installed package supports that Node.js, but for Electron’s tooling, whose own minimum is stated', () => {
  const all = installed();
  expect(all.length).toBeGreaterThan(300);
  const unsupported = all.filter((p) => p.node && !semver.satisfies(minimum, p.node));
  const used = reachable(TOOLING);
  const outsideTooling = unsupported.filter((p) => used.has(p.dir));
  expect(outsideTooling.map((p) => `${p.dir}@${p.version} needs Node ${p.node}`)).toEqual([]);

  const tooling = /Electron's own tooling[^.]*declares Node\.js (\d+\.\d+) or later/.exec(README)?.[1];
  expect(tooling, 'the README states the Node.js Electron’s tooling needs').toBeDefined();
  const toolingUnsupported = unsupported.filter((p) => !semver.satisfies(`${tooling}.0`, p.node!));
  expect(toolingUnsupported.map((p) => `${p.dir}@${p.version} needs Node ${p.node}`)).toEqual([]);
});
