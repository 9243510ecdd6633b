// The Node side of keeping versions and history: every save of a matter file (the app's and every CLI
// command's, through MatterFiles.save) passes the file through core's recordSave with the author, the time,
// SHA-256 and the file already on disk, whose versions and history may be newer than the app's copy.
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { recordSave } from '../../core/history/record-save';
import type { HashText } from '../../core/history/hash-chain';
import type { MatterFile } from '../../core/matter-file/matter-file';
import { parseMatterFileText } from '../../core/matter-file/parse-matter-file';
import { authorName } from './author-name';
import { readLimits, readUserText } from './safe-read';

export const sha256: HashText = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The versions and history of the file at `target`, or undefined when there is none that can be read. */
async function recordedOnDisk(target: string): Promise<Pick<MatterFile, 'versions' | 'history'> | undefined> {
  try {
    const file = parseMatterFileText(await readUserText(target, readLimits.matter), path.basename(target));
    return { versions: file.versions, history: file.history };
  } catch {
    // A new file, or one that cannot be read (it is replaced, its backup kept): nothing to build on.
    return undefined;
  }
}

/** The file with a version of each changed draft and this save's history entries; `at` is the save's time. */
export async function recordVersions(target: string, file: MatterFile, at = new Date()): Promise<MatterFile> {
  const withExtension = path.extname(target) ? target : `${target}.cdesk`;
  return recordSave(file, await recordedOnDisk(withExtension), {
    at: at.toISOString(),
    author: await authorName(),
    hash: sha256,
    newId: randomUUID,
  });
}
