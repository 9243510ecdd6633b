// Why the library could not be opened, in words a person can act on: the path, what is wrong with it and
// what to do. A damaged library.sqlite is never touched; the user moves it aside or restores it.
import { statSync } from 'node:fs';
import path from 'node:path';
import { DeskError } from '../../../core/api/result';

const codeOf = (error: unknown): string => String((error as { code?: unknown }).code ?? '');

/** The nearest part of `dir` (itself or a parent) that exists and is a file, if any. */
function fileInTheWay(dir: string): string | undefined {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    try {
      if (statSync(at).isFile()) return at;
      return undefined;
    } catch {
      if (path.dirname(at) === at) return undefined;
    }
  }
}

function notAFolder(dir: string, blocker: string): DeskError {
  if (blocker !== path.resolve(dir)) {
    return new DeskError(
      'invalid-file',
      `The library folder ${dir} cannot be made: ${blocker} is a file, not a folder. Name a folder for the library.`,
    );
  }
  const hint = /\.sqlite$/i.test(blocker)
    ? `To use the library in it, give its folder: ${path.dirname(blocker)}.`
    : 'Give the folder that holds library.sqlite, or a new folder for a new library.';
  return new DeskError('invalid-file', `The library folder ${dir} is a file, not a folder. ${hint}`);
}

/** Throws the message libraryOpenError gives when `dir`, or a folder above it, is a file. */
export function assertLibraryFolder(dir: string): void {
  const blocker = fileInTheWay(dir);
  if (blocker) throw notAFolder(dir, blocker);
}

export function libraryOpenError(dir: string, file: string, error: unknown): DeskError {
  if (error instanceof DeskError) return error;
  const code = codeOf(error);
  const reason = error instanceof Error ? error.message : String(error);
  if (/newer Counsel Desk/.test(reason)) return new DeskError('newer-version', reason);
  const blocker = ['ENOTDIR', 'EEXIST', 'SQLITE_CANTOPEN'].includes(code) ? fileInTheWay(dir) : undefined;
  if (blocker && blocker !== path.resolve(file)) return notAFolder(dir, blocker);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new DeskError(
      'invalid-file',
      `The library ${file} is damaged or is not a Counsel Desk library (${reason}). It was left as it is. Move it aside (rename it, for example to library.sqlite.damaged) and import your files again, or put back a copy from a backup.`,
    );
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new DeskError(
      'io-error',
      `The library ${file} is in use by another program and stays locked. Close the other Counsel Desk window or command and try again.`,
    );
  }
  if (['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY', 'SQLITE_PERM', 'SQLITE_AUTH'].includes(code)) {
    return new DeskError(
      'io-error',
      `The library ${file} cannot be written: permission denied (${code}). Check that you may write to ${dir}, or name another library folder.`,
    );
  }
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') {
    return new DeskError(
      'io-error',
      `The library ${file} cannot grow: the disk is full. Free some space and try again.`,
    );
  }
  if (code === 'SQLITE_CANTOPEN') {
    return new DeskError(
      'io-error',
      `The library ${file} cannot be opened (${reason}). Check that ${dir} is a folder you can write to and that library.sqlite in it is a file.`,
    );
  }
  return new DeskError(
    'io-error',
    `The library ${file} could not be opened: ${reason}${code ? ` (${code})` : ''}.`,
  );
}
