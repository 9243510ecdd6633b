// The version of the open matter's file that this window last read or wrote (size, modification time,
// SHA-256). Save sends it so the app can refuse to replace a file someone else changed meanwhile.
import type { FileVersion } from '../../core/api/file-version';

let known: { path: string; version: FileVersion } | null = null;

export function rememberDiskVersion(path: string, version: FileVersion | undefined): void {
  known = path && version ? { path, version } : null;
}

/** What a save to `path` expects to find there: the version this window knows, or no file at all. */
export function expectedOnDisk(path: string): FileVersion | null {
  return known && known.path === path ? known.version : null;
}
