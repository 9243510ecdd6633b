// Opens and saves `.cdesk` matter files. Opening never writes; saving is atomic and keeps the previous
// version next to the file as `<name>.cdesk.bak`.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DeskError } from '../../core/api/result';
import { parseMatterFileText } from '../../core/matter-file/parse-matter-file';
import type { MatterFile } from '../../core/matter-file/matter-file';
import { writeFileAtomic } from './atomic-write';

export const MATTER_EXTENSION = '.cdesk';

const errnoOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

export const backupPathFor = (filePath: string): string => `${filePath}.bak`;

export class MatterFiles {
  boot(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }

  async open(filePath: string): Promise<MatterFile> {
    const name = path.basename(filePath);
    let text: string;
    try {
      text = await fs.readFile(filePath, 'utf8');
    } catch (error) {
      throw this.readError(error, filePath, name);
    }
    return parseMatterFileText(text, name);
  }

  /** Saves atomically and returns the time written into the file. Adds `.cdesk` when the name has none. */
  async save(filePath: string, file: MatterFile): Promise<{ path: string; savedAt: string }> {
    const target = path.extname(filePath) ? filePath : `${filePath}${MATTER_EXTENSION}`;
    const savedAt = new Date().toISOString();
    const text = `${JSON.stringify({ ...file, savedAt }, null, 2)}\n`;
    try {
      await writeFileAtomic(target, text, { backupPath: backupPathFor(target) });
    } catch (error) {
      throw new DeskError(
        'io-error',
        `Could not save ${path.basename(target)} in ${path.dirname(target)} (${errnoOf(error) ?? 'write failed'}). The previous version is unchanged; check that the folder exists and is writable, or use Save As… to choose another place.`,
      );
    }
    return { path: target, savedAt };
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
