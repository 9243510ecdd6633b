// Where the library lives. The CLI's default is the per-user data folder; the app keeps its library there
// too, so sources imported with `counsel-desk import` show up in the app. An app started with its own data
// folder (tests, portable use) keeps the library inside that folder instead.
import os from 'node:os';
import path from 'node:path';
import { defaultDataDir } from '../app-paths';
import { makePrivateSync } from '../private-folder';

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

/** The library is the user's alone where the OS has modes: a new folder 0700 and the database 0600. The
 *  database is created 0600 before SQLite opens it, because SQLite gives its -wal and -shm files the
 *  database's own mode. */
export function makeLibraryPrivate(dir: string, fileName: string): void {
  const file = path.join(dir, fileName);
  makePrivateSync(dir, [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]);
}
