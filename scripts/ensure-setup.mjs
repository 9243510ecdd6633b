// Installs what `npm start`, `npm test` and `npx counsel-desk` need before they run, so that two commands work on
// a fresh clone: the npm dependencies (npm ci when node_modules is missing or older than package-lock.json) and,
// for the tests, the Debian packages (installed when run as root, otherwise named in one line).
// Plain Node with no dependencies, since it runs before there are any.
//   node scripts/ensure-setup.mjs            the dependencies
//   node scripts/ensure-setup.mjs --tests    the dependencies and the system tools the tests use
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeBrokenNpxEntries } from './npx-cache.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A failure the person can act on: printed as its message alone, never as a stack. */
export class SetupError extends Error {}

/** The oldest Node.js the project supports, from package.json's `engines` (">=20.19" gives [20, 19]). */
export function minimumNode(dir = root) {
  const range = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).engines?.node ?? '';
  const match = /^>=\s*(\d+)(?:\.(\d+))?/.exec(range);
  if (!match) throw new SetupError(`package.json's engines.node (${range}) is not of the form ">=20.19".`);
  return [Number(match[1]), Number(match[2] ?? 0)];
}

export function checkNode(version = process.versions.node, dir = root) {
  const [major, minor] = minimumNode(dir);
  const [haveMajor, haveMinor] = version.split('.').map(Number);
  if (haveMajor > major || (haveMajor === major && haveMinor >= minor)) return;
  throw new SetupError(
    `Counsel Desk needs Node.js ${major}.${minor} or later; this is Node.js ${version}. Install a newer Node.js and run the command again.`,
  );
}

/** 'missing', 'stale' (package-lock.json changed since the last install) or 'installed'. */
export function dependencyState(dir = root) {
  const installed = path.join(dir, 'node_modules', '.package-lock.json');
  if (!existsSync(installed)) return 'missing';
  const lock = path.join(dir, 'package-lock.json');
  return statSync(lock).mtimeMs > statSync(installed).mtimeMs ? 'stale' : 'installed';
}

/** npm itself: the one running this script when there is one, else the `npm` on the PATH. */
function npm(args, options) {
  const cli = process.env.npm_execpath;
  if (cli && /\.[cm]?js$/.test(cli)) return spawnSync(process.execPath, [cli, ...args], options);
  return spawnSync('npm', args, { ...options, shell: process.platform === 'win32' });
}

/**
 * Runs `npm ci` when the dependencies are missing or older than package-lock.json. `log` receives the one line
 * saying why; npm's own output goes to stderr, so a command's standard output stays its own.
 */
export function ensureDependencies({ dir = root, log = console.error } = {}) {
  const state = dependencyState(dir);
  if (state === 'installed') return false;
  log(
    state === 'missing'
      ? 'Installing the dependencies first (npm ci); this happens once after cloning.'
      : 'package-lock.json has changed since the dependencies were installed; reinstalling them (npm ci).',
  );
  const result = npm(['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: ['ignore', 2, 2] });
  if (result.error || result.status !== 0) {
    throw new SetupError(
      `npm ci failed${result.error ? `: ${result.error.message}` : ''}; the lines above say why. Fix that and run the command again.`,
    );
  }
  return true;
}

/** What the tests use beyond npm packages, each with the Debian package that provides it. */
export const TEST_TOOLS = [
  { command: 'soffice', debian: 'libreoffice-writer-nogui' },
  { command: 'pdftotext', debian: 'poppler-utils' },
  { command: 'qpdf', debian: 'qpdf' },
  { command: 'unzip', debian: 'unzip' },
  { command: 'zipinfo', debian: 'unzip' },
  { command: 'chromium', debian: 'chromium' },
  { file: '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf', debian: 'fonts-liberation2' },
];

function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    try {
      accessSync(path.join(dir, command), constants.X_OK);
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}

export function missingTestTools(tools = TEST_TOOLS) {
  return tools.filter((tool) => (tool.command ? !onPath(tool.command) : !existsSync(tool.file)));
}

/** The one line that tells a person how to install what is missing. */
export function installAdvice(missing) {
  const names = missing.map((tool) => tool.command ?? path.basename(tool.file)).join(', ');
  const packages = [...new Set(missing.map((tool) => tool.debian))].join(' ');
  const command = `sudo apt-get install -y ${packages}`;
  return onPath('apt-get')
    ? `The tests need ${names}, which this machine lacks. Install them with: ${command}`
    : `The tests need ${names}, which this machine lacks. Install LibreOffice Writer, poppler's pdftotext, qpdf, unzip, Chromium and the Liberation fonts with your package manager (on Debian or Ubuntu: ${command}).`;
}

/** Installs the missing Debian packages when run as root where apt-get exists; otherwise says which and how. */
export function ensureTestTools({ log = console.error, tools = TEST_TOOLS } = {}) {
  const missing = missingTestTools(tools);
  if (missing.length === 0) return;
  const asRoot = process.getuid?.() === 0;
  if (!asRoot || !onPath('apt-get')) throw new SetupError(installAdvice(missing));
  const packages = [...new Set(missing.map((tool) => tool.debian))];
  log(`Installing the Debian packages the tests use: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...packages],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 2, 2], env });
    if (result.status !== 0) throw new SetupError(`apt-get ${args[0]} failed; the lines above say why.`);
  }
  const still = missingTestTools(tools);
  if (still.length > 0) throw new SetupError(installAdvice(still));
}

/** Everything a command needs before it runs; a failure prints its one message and exits 1. */
export function ensureSetup({ tests = false, log = console.error } = {}) {
  try {
    checkNode();
    removeBrokenNpxEntries(root, log);
    ensureDependencies({ log });
    if (tests) ensureTestTools({ log });
  } catch (error) {
    if (!(error instanceof SetupError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureSetup({ tests: process.argv.includes('--tests') });
}
