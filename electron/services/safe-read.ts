// Reads a file the user named (a matter, the records beside it, a template, a library import) only when it
// is a regular file within a size cap. It opens without blocking and checks the opened file itself, so a
// named pipe never stalls the host and a link to /dev/zero is refused at once instead of filling memory.
import { constants, promises as fs } from 'node:fs';
import type { Stats } from 'node:fs';
import { DeskError } from '../../core/api/result';

const MB = 1024 * 1024;

/** How much of each kind of file Counsel Desk reads, and how the message names it. */
export interface ReadLimit {
  /** "matter file", "template", …: what the message calls the file. */
  noun: string;
  /** Ends the too-large message: "Counsel Desk opens matter files up to 200 MB". */
  verb: string;
  maxBytes: number;
}

export const readLimits = {
  matter: { noun: 'matter file', verb: 'opens matter files', maxBytes: 200 * MB },
  records: { noun: 'records file', verb: 'reads records files', maxBytes: 200 * MB },
  template: { noun: 'template', verb: 'reads templates', maxBytes: 10 * MB },
  import: { noun: 'file', verb: 'imports files', maxBytes: 500 * MB },
} satisfies Record<string, ReadLimit>;

/** "37 bytes", "13.5 KB", "2.1 GB": sizes in the units Windows Explorer uses (1 KB = 1,024 bytes). */
export function formatSize(bytes: number): string {
  const units = ['KB', 'MB', 'GB', 'TB'];
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  let value = bytes;
  let unit = 'bytes';
  for (const next of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  const shown = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${shown} ${unit}`;
}

/** A file that is not an ordinary file, or too large; the message names the path and the cap. */
export class UnreadableFileError extends DeskError {
  constructor(
    readonly reason: 'not-regular' | 'too-large',
    message: string,
  ) {
    super('invalid-file', message);
    this.name = 'UnreadableFileError';
  }
}

/** What a path that is no regular file is, in words: "a named pipe (FIFO)", "a device", … */
export function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not an ordinary file';
}

const errnoError = (code: string, file: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: ${file}`), { code });

/** Where a link leads, for the message ("a link to /dev/zero"); empty when the path is no link. */
async function linkNote(file: string): Promise<string> {
  try {
    return (await fs.lstat(file)).isSymbolicLink() ? ` (a link to ${await fs.realpath(file)})` : '';
  } catch {
    return '';
  }
}

/** The refusal for a path whose status (`stat`, following links) is no regular file nor folder. */
export async function notRegularFile(
  file: string,
  stat: Stats,
  limit: ReadLimit,
): Promise<UnreadableFileError> {
  return new UnreadableFileError(
    'not-regular',
    `${file}${await linkNote(file)} is ${kindOf(stat)}, not a regular file. Counsel Desk reads only ordinary files; choose the ${limit.noun} itself.`,
  );
}

async function refuseUnlessRegular(file: string, stat: Stats, limit: ReadLimit): Promise<void> {
  if (stat.isDirectory()) throw errnoError('EISDIR', file);
  if (!stat.isFile()) throw await notRegularFile(file, stat, limit);
  if (stat.size > limit.maxBytes) throw tooLarge(file, stat.size, limit);
}

const tooLarge = (file: string, size: number, limit: ReadLimit) =>
  new UnreadableFileError(
    'too-large',
    `${file} is ${formatSize(size)}; Counsel Desk ${limit.verb} up to ${formatSize(limit.maxBytes)}.`,
  );

export interface ReadResult {
  bytes: Buffer;
  /** The opened file's own status (size and modification time of what was read). */
  stat: Stats;
}

/**
 * Reads the whole file. Open failures (ENOENT, EACCES, …) are thrown as Node errors so each caller keeps its
 * own words for them; a folder is thrown as EISDIR; anything but a regular file within the cap is an
 * UnreadableFileError.
 */
export async function readUserFile(file: string, limit: ReadLimit): Promise<ReadResult> {
  // O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer (POSIX only;
  // Windows has no FIFOs at paths and no such flag).
  const handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = await handle.stat();
    await refuseUnlessRegular(file, stat, limit);
    const start = Buffer.allocUnsafe(stat.size);
    let filled = 0;
    while (filled < start.length) {
      const { bytesRead } = await handle.read(start, filled, start.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    // A file that grows while it is read is read on, but never past the cap.
    const chunks = [start.subarray(0, filled)];
    let total = filled;
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit.maxBytes) throw tooLarge(file, total, limit);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total), stat };
  } finally {
    await handle.close();
  }
}

/** The file as UTF-8 text (see readUserFile). */
export async function readUserText(file: string, limit: ReadLimit): Promise<string> {
  return (await readUserFile(file, limit)).bytes.toString('utf8');
}
