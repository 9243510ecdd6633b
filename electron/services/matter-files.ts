// Opens and saves `.cdesk` matter files. Opening never changes the file; saving is atomic, keeps the
// previous version next to the file as `<name>.cdesk.bak`, and refuses to replace a file that someone
// else changed since this window opened or last saved it (see disk-version.ts).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { FileVersion } from '../../core/api/file-version';
import { DeskError } from '../../core/api/result';
import { parseMatterFileText } from '../../core/matter-file/parse-matter-file';
import type { MatterFile } from '../../core/matter-file/matter-file';
import { resolveLinks, writeFileAtomic } from './atomic-write';
import { checkUnchanged, versionOf } from './disk-version';
import { readLimits, readUserFile } from './safe-read';
import { removeLeftoverTempsOf } from './temp-files';
import { recordVersions } from './version-save';

export const MATTER_EXTENSION = '.cdesk';

const errnoOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

export const backupPathFor = (filePath: string): string => `${filePath}.bak`;

export interface SaveOptions {
  /** The version of the file this window last saw at that path; null: no file is expected there.
   *  Omitted: no check (the user confirmed replacing it in the system's Save dialog, or chose Overwrite). */
  expected?: FileVersion | null;
}

export interface SavedMatter {
  path: string;
  savedAt: string;
  version: FileVersion;
  /** The drafts' versions and the history as this save recorded them (version-save.ts). */
  versions: MatterFile['versions'];
  history: MatterFile['history'];
}

export class MatterFiles {
  /** One save at a time per file, so two windows of this host cannot both pass the check. */
  private readonly saving = new Map<string, Promise<unknown>>();

  boot(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }

  async open(filePath: string): Promise<MatterFile> {
    return (await this.read(filePath)).file;
  }

  /** The file and the version of it that was read (what a later save compares the disk with). */
  async read(filePath: string): Promise<{ file: MatterFile; version: FileVersion }> {
    const name = path.basename(filePath);
    let read: Awaited<ReturnType<typeof readUserFile>>;
    try {
      read = await readUserFile(filePath, readLimits.matter);
    } catch (error) {
      throw error instanceof DeskError ? error : this.readError(error, filePath, name);
    }
    const file = parseMatterFileText(read.bytes.toString('utf8'), name);
    // Temp files of saves that were killed mid-way are removed (never the file or its backup).
    const real = await resolveLinks(filePath).catch(() => filePath);
    await removeLeftoverTempsOf([real, backupPathFor(filePath)]);
    return { file, version: versionOf(read.bytes, read.stat.mtimeMs) };
  }

  /** Saves atomically and returns the time written into the file. Adds `.cdesk` when the name has none. */
  save(filePath: string, file: MatterFile, options: SaveOptions = {}): Promise<SavedMatter> {
    const target = path.extname(filePath) ? filePath : `${filePath}${MATTER_EXTENSION}`;
    const key = path.resolve(target);
    const run = (this.saving.get(key) ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => this.saveNow(target, file, options));
    this.saving.set(key, run);
    const forget = () => {
      if (this.saving.get(key) === run) this.saving.delete(key);
    };
    run.then(forget, forget);
    return run;
  }

  private async saveNow(target: string, given: MatterFile, options: SaveOptions): Promise<SavedMatter> {
    const file = await recordVersions(target, given);
    const savedAt = new Date().toISOString();
    const bytes = Buffer.from(`${JSON.stringify({ ...file, savedAt }, null, 2)}\n`, 'utf8');
    try {
      const recheck =
        options.expected === undefined ? undefined : await checkUnchanged(target, options.expected);
      await writeFileAtomic(target, bytes, { backupPath: backupPathFor(target), beforeRename: recheck });
    } catch (error) {
      if (error instanceof DeskError) throw error;
      throw new DeskError(
        'io-error',
        `Could not save ${path.basename(target)} in ${path.dirname(target)} (${errnoOf(error) ?? 'write failed'}). The previous version is unchanged; check that the folder exists and is writable, or use Save As… to choose another place.`,
      );
    }
    const mtimeMs = await fs.stat(target).then(
      (stat) => stat.mtimeMs,
      () => Date.now(),
    );
    return {
      path: target,
      savedAt,
      version: versionOf(bytes, mtimeMs),
      versions: file.versions,
      history: file.history,
    };
  }

  private readError(error: unknown, filePath: string, name: string): DeskError {
    const code = errnoOf(error);
    if (code === 'ENOENT') {
      return new DeskError(
        'not-found',
        `There is no matter file at ${filePath}. It may have been moved, renamed or deleted; use Open… to find it.`,
      );
    }
    if (code === 'EISDIR') {
      return new DeskError(
        'invalid-file',
        `${filePath} is a folder, not a matter file. Choose a .cdesk file.`,
      );
    }
    return new DeskError(
      'io-error',
      `Could not read ${name} (${code ?? 'read failed'}). Check that you have permission to open it, then try again.`,
    );
  }
}
