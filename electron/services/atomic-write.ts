// Writes a file so that a crash at any moment leaves either the old or the new content, never a mix:
// write a temp file in the same folder, fsync it, rename it over the target, fsync the folder. The new
// file keeps the old one's permissions (and group), and a symbolic link is written through: the file it
// names is replaced and the link stays a link. A failed write removes its temp.
import { promises as fs } from 'node:fs';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { DeskError } from '../../core/api/result';
import { kindOf } from './safe-read';
import { discardTemp, newTempPath, removeLeftoverTempsOf, tempFinished } from './temp-files';

async function syncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable. Windows cannot open a folder for fsync; NTFS journals the rename.
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') throw error;
  } finally {
    await handle?.close();
  }
}

const errnoOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

/** The file writing `target` must replace: through symbolic links to the file they name, existing or not. */
export async function resolveLinks(target: string): Promise<string> {
  let current = path.resolve(target);
  for (let hops = 0; hops < 40; hops++) {
    let stat: Stats;
    try {
      stat = await fs.lstat(current);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return current;
      throw error;
    }
    if (!stat.isSymbolicLink()) return current;
    current = path.resolve(path.dirname(current), await fs.readlink(current));
  }
  throw Object.assign(new Error(`ELOOP: too many symbolic links: ${target}`), { code: 'ELOOP' });
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await fs.stat(file);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Gives the temp the replaced file's group and mode; a new file is private (0600) unless `mode` says. */
async function keepAttributes(handle: fs.FileHandle, old: Stats | null, mode?: number): Promise<void> {
  if (process.platform === 'win32') return;
  // Only the group can be kept (a colleague's group on a shared folder); giving a file away needs root.
  if (old && old.gid !== process.getgid?.()) await handle.chown(-1, old.gid).catch(() => undefined);
  await handle.chmod(mode ?? (old ? old.mode & 0o7777 : 0o600));
}

async function writeTemp(
  real: string,
  old: Stats | null,
  data: string | Uint8Array,
  mode?: number,
): Promise<string> {
  const temp = newTempPath(real);
  try {
    const handle = await fs.open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await keepAttributes(handle, old, mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await discardTemp(temp);
    throw error;
  }
  return temp;
}

async function renameInto(temp: string, real: string, beforeRename?: () => Promise<void>): Promise<void> {
  try {
    await beforeRename?.();
    await fs.rename(temp, real);
  } catch (error) {
    await discardTemp(temp);
    throw error;
  }
  tempFinished(temp);
}

/** Copies `from` to `to` atomically, with `from`'s mode; does nothing when `from` does not exist yet. */
async function copyAtomic(from: string, to: string): Promise<void> {
  const temp = newTempPath(to);
  try {
    await fs.copyFile(from, temp);
    const handle = await fs.open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await discardTemp(temp);
    if (errnoOf(error) === 'ENOENT') return;
    throw error;
  }
  await renameInto(temp, to);
}

export interface AtomicWriteOptions {
  /** Keep the previous content there first (a link there is written through too). */
  backupPath?: string;
  /** The new file's mode; without it the replaced file's mode is kept, and a new file is 0600. */
  mode?: number;
  /** Runs after the new content is safely in the temp, just before it replaces the target; throwing stops
   *  the write (the temp is removed, the target untouched). */
  beforeRename?: () => Promise<void>;
}

/** Atomically replaces `target` (or the file a link there names) with `data`. */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const real = await resolveLinks(target);
  const old = await statOrNull(real);
  // Copying a named pipe or a device for the backup would wait forever or never end.
  if (old && !old.isFile()) {
    throw new DeskError(
      'invalid-file',
      `${target} is ${kindOf(old)}, not a regular file; Counsel Desk saves only over ordinary files. Choose another name.`,
    );
  }
  const backup = options.backupPath ? await resolveLinks(options.backupPath) : undefined;
  if (backup && old) await copyAtomic(real, backup);
  const temp = await writeTemp(real, old, data, options.mode);
  await renameInto(temp, real, options.beforeRename);
  await syncDirectory(path.dirname(real));
  await removeLeftoverTempsOf([real, ...(backup ? [backup] : []), path.resolve(target)]);
}
