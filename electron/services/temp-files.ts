// The hidden temp files a save writes beside its target (`.<name>.<host>-<pid>-<random>.tmp`), and the
// removal of those that a killed or failed save left behind. The name says which computer and process
// wrote it, so a left-over is recognised at once (its process is gone) while a save still running in
// another window, another process or on a colleague's computer is left alone.
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** This computer, shortened: on a shared folder another computer's process ids mean nothing here. */
const HOST_TAG = createHash('sha256').update(os.hostname()).digest('hex').slice(0, 6);

/** Temps this process is writing right now; any other temp of this process is left over. */
const inFlight = new Set<string>();

// Earlier versions wrote `.<name>.<random>.tmp`, without computer and process: those are matched too.
const TEMP_NAME = /^\.(.+)\.(?:([0-9a-f]{6})-(\d+)-)?[0-9a-f]{12}\.tmp$/;

/** A temp of another computer, or of an earlier version, may belong to a save still running: wait this long. */
const FOREIGN_TEMP_MS = 10 * 60_000;
/** No save runs this long, whatever the process id says (ids are reused). */
const ABANDONED_TEMP_MS = 60 * 60_000;

/** A fresh temp path beside `file`, counted as in flight until `tempFinished`. */
export function newTempPath(file: string): string {
  const random = randomBytes(6).toString('hex');
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${HOST_TAG}-${process.pid}-${random}.tmp`,
  );
  inFlight.add(temp);
  return temp;
}

export function tempFinished(temp: string): void {
  inFlight.delete(temp);
}

/** Removes a temp that will not be renamed into place (the save failed). */
export async function discardTemp(temp: string): Promise<void> {
  await fs.rm(temp, { force: true }).catch(() => undefined);
  tempFinished(temp);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isLeftOver(full: string, host: string | undefined, pid: number, ageMs: number): boolean {
  if (ageMs > ABANDONED_TEMP_MS) return true;
  if (host !== HOST_TAG || Number.isNaN(pid)) return ageMs > FOREIGN_TEMP_MS;
  if (pid === process.pid) return !inFlight.has(full);
  return !processAlive(pid);
}

/**
 * Removes the temps left behind in `dir` by saves of the files named `targets` (every temp when omitted).
 * Never fails: cleaning up is not worth failing a save or an open over.
 */
export async function removeLeftoverTemps(dir: string, targets?: Iterable<string>): Promise<number> {
  const wanted = targets ? new Set(targets) : null;
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match || (wanted && !wanted.has(match[1]!))) continue;
    const full = path.join(dir, name);
    const stat = await fs.lstat(full).catch(() => null);
    if (!stat?.isFile()) continue;
    if (!isLeftOver(full, match[2], Number(match[3]), Date.now() - stat.mtimeMs)) continue;
    await fs.rm(full, { force: true }).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}

/** Removes the temps left behind by saves of each file (grouped by folder). */
export async function removeLeftoverTempsOf(files: string[]): Promise<void> {
  const byDir = new Map<string, string[]>();
  for (const file of files) {
    const dir = path.dirname(file);
    byDir.set(dir, [...(byDir.get(dir) ?? []), path.basename(file)]);
  }
  for (const [dir, names] of byDir) await removeLeftoverTemps(dir, names);
}
