// Before `prepare` could skip its build when the dependencies were missing, an `npx counsel-desk` run before
// `npm ci` failed halfway through installing this checkout into npx's cache, and left an entry without its
// package.json that made every later `npx counsel-desk` fail with ENOENT. This removes such entries (only
// those that point at this checkout), so the next `npx counsel-desk` works.
import { existsSync, lstatSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function npmCacheDir() {
  if (process.env.npm_config_cache) return process.env.npm_config_cache;
  if (process.platform === 'win32' && process.env.LOCALAPPDATA)
    return path.join(process.env.LOCALAPPDATA, 'npm-cache');
  return path.join(os.homedir(), '.npm');
}

function pointsAt(link, target) {
  try {
    return lstatSync(link).isSymbolicLink() && realpathSync(link) === target;
  } catch {
    return false;
  }
}

/** Entries of npx's cache for this checkout that have no package.json; returns the folders removed. */
export function removeBrokenNpxEntries(root, log = console.error, cacheDir = npmCacheDir()) {
  // npx itself is installing an entry right now (its package.json comes last): leave it alone.
  if (process.env.npm_command === 'exec') return [];
  const npxDir = path.join(cacheDir, '_npx');
  if (!existsSync(npxDir)) return [];
  const target = realpathSync(root);
  const removed = [];
  for (const entry of readdirSync(npxDir)) {
    const dir = path.join(npxDir, entry);
    if (existsSync(path.join(dir, 'package.json'))) continue;
    if (!pointsAt(path.join(dir, 'node_modules', 'counsel-desk'), target)) continue;
    rmSync(dir, { recursive: true, force: true });
    removed.push(dir);
    log(`Removed a broken npx cache entry that an earlier \`npx counsel-desk\` left behind: ${dir}`);
  }
  return removed;
}
