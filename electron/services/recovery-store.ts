// Keeps the latest unsaved work in the data folder so a crash or a killed host loses at most a few seconds.
// One recovery slot: the renderer writes it every few seconds while there are unsaved changes; a successful
// save or the user's "Discard" removes it; at the next start the app offers it back.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DeskError } from '../../core/api/result';
import type { RecoveryInfo } from '../../core/api/contract';
import { matterFileSchema } from '../../core/matter-file/matter-file';
import type { MatterFile } from '../../core/matter-file/matter-file';
import { writeFileAtomic } from './atomic-write';

const recoverySchema = z.object({ originalPath: z.string(), savedAt: z.string(), file: matterFileSchema });

export class RecoveryStore {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'recovery', 'unsaved-matter.json');
  }

  async boot(): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }

  get location(): string {
    return this.file;
  }

  async write(originalPath: string, file: MatterFile): Promise<{ savedAt: string }> {
    const savedAt = new Date().toISOString();
    const record: RecoveryInfo = { originalPath, savedAt, file };
    try {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      await writeFileAtomic(this.file, JSON.stringify(record));
    } catch (error) {
      throw new DeskError(
        'io-error',
        `Could not write the recovery copy to ${this.file} (${(error as NodeJS.ErrnoException).code ?? 'write failed'}). Save your work now with Save As….`,
      );
    }
    return { savedAt };
  }

  /** The recovery copy, or null when there is none or it cannot be read (it is then left alone). */
  async check(): Promise<RecoveryInfo | null> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch {
      return null;
    }
    try {
      const parsed = recoverySchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async discard(): Promise<boolean> {
    try {
      await fs.rm(this.file);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw new DeskError(
        'io-error',
        `Could not remove the recovery copy ${this.file}. Delete it by hand if it keeps coming back.`,
      );
    }
  }
}
