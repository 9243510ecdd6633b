// Keeps unsaved work in the data folder so a crash or a killed host loses at most a few seconds. Each window
// has its own recovery slot (recovery/window-<id>.json, private to the user): the window writes it every few
// seconds while it has unsaved changes, and its own save or "Discard" removes it, never another window's.
// A window is offered the slots no running window is keeping: its own (after a reload), those of a host
// that has ended (a crash, a kill), and the single slot earlier versions wrote.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RecoveryInfo } from '../../core/api/contract';
import type { FileVersion } from '../../core/api/file-version';
import { fileVersionSchema, recoverySlotFor, recoverySlotSchema } from '../../core/api/file-version';
import { DeskError } from '../../core/api/result';
import { matterFileSchema } from '../../core/matter-file/matter-file';
import type { MatterFile } from '../../core/matter-file/matter-file';
import { writeFileAtomic } from './atomic-write';
import { PRIVATE_FILE_MODE, ensurePrivateFolder } from './private-folder';
import { removeLeftoverTemps } from './temp-files';

const slotSchema = z.object({
  originalPath: z.string(),
  savedAt: z.string(),
  file: matterFileSchema,
  windowId: z.string().optional(),
  hostPid: z.number().int().optional(),
  baseVersion: fileVersionSchema.optional(),
});
type SlotRecord = z.infer<typeof slotSchema>;

/** `<slot>.json` for a valid slot name, else null. */
const slotOfName = (name: string): string | null => {
  const slot = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
  return recoverySlotSchema.safeParse(slot).success ? slot : null;
};

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface RecoveryWrite {
  windowId: string;
  originalPath: string;
  file: MatterFile;
  /** The version of the matter file on disk the unsaved work started from. */
  baseVersion?: FileVersion;
}

export class RecoveryStore {
  private readonly dir: string;
  /** Windows of this host that keep a slot; theirs are not offered to another window while the host runs. */
  private readonly liveWindows = new Set<string>();

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'recovery');
  }

  async boot(): Promise<void> {
    await ensurePrivateFolder(this.dir);
    await removeLeftoverTemps(this.dir);
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }

  /** The recovery folder. */
  get location(): string {
    return this.dir;
  }

  slotPath(slot: string): string {
    return path.join(this.dir, `${slot}.json`);
  }

  async write(request: RecoveryWrite): Promise<{ savedAt: string }> {
    const savedAt = new Date().toISOString();
    const { windowId, originalPath, file, baseVersion } = request;
    const record: SlotRecord = { originalPath, savedAt, file, windowId, hostPid: process.pid, baseVersion };
    const target = this.slotPath(recoverySlotFor(windowId));
    this.liveWindows.add(windowId);
    try {
      await ensurePrivateFolder(this.dir);
      await writeFileAtomic(target, JSON.stringify(record), { mode: PRIVATE_FILE_MODE });
    } catch (error) {
      throw new DeskError(
        'io-error',
        `Could not write the recovery copy to ${target} (${(error as NodeJS.ErrnoException).code ?? 'write failed'}). Save your work now with Save As….`,
      );
    }
    return { savedAt };
  }

  /** Kept by a window that is still running (not the asking one)? Then it is not offered. */
  private keptByRunningWindow(record: SlotRecord, askingWindow: string | undefined): boolean {
    if (record.hostPid === undefined || record.windowId === undefined) return false;
    if (record.windowId === askingWindow) return false;
    if (record.hostPid === process.pid) return this.liveWindows.has(record.windowId);
    return processAlive(record.hostPid);
  }

  /** The recovery copy to offer this window (its own first, then the newest), or null. A slot that cannot
   *  be read is left alone. */
  async check(windowId?: string): Promise<RecoveryInfo | null> {
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    const offers: (RecoveryInfo & { own: boolean })[] = [];
    for (const name of names) {
      const slot = slotOfName(name);
      const record = slot && (await this.readSlot(name));
      if (!slot || !record || this.keptByRunningWindow(record, windowId)) continue;
      const { originalPath, savedAt, file, baseVersion } = record;
      offers.push({
        slot,
        originalPath,
        savedAt,
        file,
        ...(baseVersion ? { baseVersion } : {}),
        own: windowId !== undefined && record.windowId === windowId,
      });
    }
    offers.sort((a, b) => Number(b.own) - Number(a.own) || b.savedAt.localeCompare(a.savedAt));
    const best = offers[0];
    if (!best) return null;
    const { own: _own, ...info } = best;
    return info;
  }

  private async readSlot(name: string): Promise<SlotRecord | null> {
    try {
      const parsed = slotSchema.safeParse(JSON.parse(await fs.readFile(path.join(this.dir, name), 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Removes one slot (a window's own, or one it took over); false when there was none. */
  async discard(slot: string): Promise<boolean> {
    if (!recoverySlotSchema.safeParse(slot).success) return false;
    const file = this.slotPath(slot);
    try {
      await fs.rm(file);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw new DeskError(
        'io-error',
        `Could not remove the recovery copy ${file}. Delete it by hand if it keeps coming back.`,
      );
    }
  }

  /** Removes the window's own slot (after its matter was saved or its changes discarded). */
  discardWindow(windowId: string): Promise<boolean> {
    return this.discard(recoverySlotFor(windowId));
  }
}
