// Where the library lives. The CLI's default is the per-user data folder; the app keeps its library there
// too, so sources imported with `counsel-desk import` show up in the app. An app started with its own data
// folder (tests, portable use) keeps the library inside that folder instead.
import os from 'node:os';
import path from 'node:path';
import { defaultDataDir } from '../app-paths';

export function defaultLibraryDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'counsel-desk');
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'counsel-desk');
  return path.posix.join(env.XDG_DATA_HOME || path.posix.join(home, '.local', 'share'), 'counsel-desk');
}

/** The app's library folder for the app's data folder. */
export function libraryDirFor(dataDir: string): string {
  return path.resolve(dataDir) === path.resolve(defaultDataDir())
    ? defaultLibraryDir()
    : path.join(dataDir, 'library');
}
