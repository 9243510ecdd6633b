// Writes a file so that a crash at any moment leaves either the old or the new content, never a mix:
// write a temp file in the same folder, fsync it, rename it over the target, fsync the folder.
import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

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

const tempNameFor = (target: string): string =>
  path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);

async function writeTemp(target: string, data: string | Uint8Array): Promise<string> {
  const temp = tempNameFor(target);
  const handle = await fs.open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  return temp;
}

async function renameOrRemove(temp: string, target: string): Promise<void> {
  try {
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

const STALE_TEMP_MS = 10_000;

/** Temp files a killed or crashed save left behind for this target; a temp this old is no live write. */
async function removeStaleTemps(target: string): Promise<void> {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length))) continue;
    const full = path.join(dir, name);
    const stat = await fs.stat(full).catch(() => null);
    if (stat && Date.now() - stat.mtimeMs > STALE_TEMP_MS) await fs.rm(full, { force: true });
  }
}

/** Atomically replaces `target` with `data`. With `backupPath`, the previous content is kept there first. */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: { backupPath?: string } = {},
): Promise<void> {
  const dir = path.dirname(target);
  if (options.backupPath) await copyAtomic(target, options.backupPath);
  const temp = await writeTemp(target, data);
  await renameOrRemove(temp, target);
  await syncDirectory(dir);
  await removeStaleTemps(target);
}

/** Copies `from` to `to` atomically; does nothing when `from` does not exist yet. */
async function copyAtomic(from: string, to: string): Promise<void> {
  const temp = tempNameFor(to);
  try {
    await fs.copyFile(from, temp);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const handle = await fs.open(temp, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await renameOrRemove(temp, to);
}
