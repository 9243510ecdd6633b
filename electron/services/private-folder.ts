// The user's data stays private to the user where the OS has file modes: folders 0700, files 0600.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, promises as fs, statSync } from 'node:fs';

export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

const hasModes = (): boolean => process.platform !== 'win32';

/** Creates the folder 0700, or narrows an existing one of ours to 0700. */
export async function ensurePrivateFolder(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  if (!hasModes()) return;
  const stat = await fs.stat(dir);
  if ((stat.mode & 0o777) !== PRIVATE_FOLDER_MODE && stat.uid === process.getuid?.()) {
    await fs.chmod(dir, PRIVATE_FOLDER_MODE);
  }
}

/**
 * For code that must stay synchronous (opening the SQLite library): creates a missing folder 0700, creates
 * `files[0]` empty and 0600 when missing, and makes each existing file 0600. An existing folder is left as
 * it is (it may be one the user chose). Best effort: a path that is no folder is left for the caller's own
 * checks to report.
 */
export function makePrivateSync(dir: string, files: string[]): void {
  try {
    mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
    if (!hasModes() || !statSync(dir).isDirectory()) return;
    const [first] = files;
    if (first && !existsSync(first)) closeSync(openSync(first, 'a', PRIVATE_FILE_MODE));
    for (const file of files) {
      if (existsSync(file) && (statSync(file).mode & 0o777) !== PRIVATE_FILE_MODE) {
        chmodSync(file, PRIVATE_FILE_MODE);
      }
    }
  } catch {
    // Opening the library reports a folder that cannot be made or read in its own words.
  }
}
