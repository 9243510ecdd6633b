// Which version of a matter file is on disk (size, modification time, SHA-256 of its bytes), and the check
// Save makes before it replaces the file: the file must still be the version this window opened or last
// saved, or nothing is written and the user chooses between Save As… and Overwrite.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { sameContent } from '../../core/api/file-version';
import type { FileVersion } from '../../core/api/file-version';
import { DeskError } from '../../core/api/result';
import { formatSize, readLimits, readUserFile } from './safe-read';

export const versionOf = (bytes: Uint8Array, mtimeMs: number): FileVersion => ({
  size: bytes.byteLength,
  mtimeMs,
  sha256: createHash('sha256').update(bytes).digest('hex'),
});

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** The version on disk now, or null when there is no file. */
export async function versionOnDisk(file: string): Promise<FileVersion | null> {
  try {
    const { bytes, stat } = await readUserFile(file, readLimits.matter);
    return versionOf(bytes, stat.mtimeMs);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

function conflict(target: string, onDisk: { size: number; mtimeMs: number }, expectedFile: boolean) {
  const name = path.basename(target);
  const kept = `(what is there now is kept as ${name}.bak)`;
  if (!expectedFile) {
    return new DeskError(
      'conflict',
      `${target} already exists, and it is not the matter this window has open. Nothing was saved. Save As… saves under another name; Overwrite replaces that file with this matter ${kept}.`,
    );
  }
  const modified = new Date(onDisk.mtimeMs).toLocaleString();
  return new DeskError(
    'conflict',
    `${name} was changed on disk after this window opened or last saved it (it is now ${formatSize(onDisk.size)}, modified ${modified}): another window, the command line or someone on a shared folder saved it. Nothing was saved. Save As… keeps both versions by saving yours under another name; Overwrite replaces the file with your version ${kept}.`,
  );
}

/**
 * Refuses with a `conflict` unless the file at `target` is `expected` (null: no file expected there; a file
 * that has since been deleted is not in the way). Returns a quick re-check to run just before the rename,
 * which refuses if the file changed again while the new version was being written.
 */
export async function checkUnchanged(
  target: string,
  expected: FileVersion | null,
): Promise<() => Promise<void>> {
  const onDisk = await versionOnDisk(target);
  if (onDisk && (expected === null || !sameContent(onDisk, expected))) {
    throw conflict(target, onDisk, expected !== null);
  }
  return async () => {
    const now = await fs.stat(target).catch((error: unknown) => {
      if (isMissing(error)) return null;
      throw error;
    });
    if (!now) return;
    if (onDisk && now.size === onDisk.size && now.mtimeMs === onDisk.mtimeMs) return;
    throw conflict(target, now, expected !== null);
  };
}
