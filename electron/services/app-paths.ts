// Where the app finds its own files in every layout it runs in:
//   dev:       <root>/build/electron/main.cjs, preload.cjs beside it, <root>/build/renderer/index.html,
//              templates in <root>/templates
//   packaged:  <resources>/app.asar/build/... (same relative layout), templates and examples copied by
//              electron-builder's extraResources to <resources>/templates and <resources>/examples
//   web host:  <root>/build/web-host.cjs, so the build folder is the bundle's own folder.
import os from 'node:os';
import path from 'node:path';
import { ensurePrivateFolder } from './private-folder';

export interface AppPaths {
  /** The `build` folder holding electron/, renderer/ and the bundles. */
  buildDir: string;
  preload: string;
  rendererDir: string;
  rendererIndex: string;
  templatesDir: string;
  examplesDir: string;
  /** Per-user data: recent files list and the recovery copy. */
  dataDir: string;
}

export interface AppPathsInput {
  buildDir: string;
  /** Electron's process.resourcesPath when packaged; undefined in dev and in the web host. */
  resourcesPath?: string;
  packaged: boolean;
  dataDir: string;
}

export function resolveAppPaths(input: AppPathsInput): AppPaths {
  const { buildDir } = input;
  const root = path.dirname(buildDir);
  const shared = input.packaged && input.resourcesPath ? input.resourcesPath : root;
  const rendererDir = path.join(buildDir, 'renderer');
  return {
    buildDir,
    preload: path.join(buildDir, 'electron', 'preload.cjs'),
    rendererDir,
    rendererIndex: path.join(rendererDir, 'index.html'),
    templatesDir: path.join(shared, 'templates'),
    examplesDir: path.join(shared, 'examples'),
    dataDir: input.dataDir,
  };
}

/** The per-user data folder when none is given (what Electron's userData would be for "Counsel Desk"). */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32')
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'Counsel Desk');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Counsel Desk');
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), 'Counsel Desk');
}

/** Owns the resolved paths; boot() makes sure the data folder exists and is the user's alone (0700). */
export class AppPathsService {
  constructor(readonly paths: AppPaths) {}

  async boot(): Promise<void> {
    await ensurePrivateFolder(this.paths.dataDir);
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
