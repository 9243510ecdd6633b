// One folder's subfolders and matching files for browser mode's folder browser, kept inside a browsing root
// (the user's home by default): nothing above it, and no link that leads out of it, is listed or entered.
import { promises as fs } from 'node:fs';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import { FOLDER_LIST_CAP, folderFilterExtensions } from '../../core/api/folder-channels';
import type { FolderEntry, FolderFilter, FolderListing } from '../../core/api/folder-channels';
import { DeskError } from '../../core/api/result';

export interface FolderListOptions {
  /** The top of what may be browsed, a full path. */
  root: string;
  /** What the root is called in the breadcrumb ("Home"). */
  rootName: string;
  /** The folder to list; absent: the root. */
  folder?: string;
  filter: FolderFilter;
  showHidden: boolean;
  cap?: number;
}

// Windows and macOS file systems ignore case by default: C:\Users\Me and c:\users\me are one folder.
const foldCase = (p: string): string =>
  process.platform === 'win32' || process.platform === 'darwin' ? p.toLowerCase() : p;

const isInside = (root: string, target: string): boolean => {
  const relative = path.relative(foldCase(root), foldCase(target));
  return relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative));
};

const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const compareEntries = (a: FolderEntry, b: FolderEntry): number =>
  a.kind !== b.kind
    ? a.kind === 'folder'
      ? -1
      : 1
    : byName.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? 'unknown';

function unreadable(folder: string, error: unknown): DeskError {
  const code = codeOf(error);
  if (code === 'ENOENT')
    return new DeskError('not-found', `The folder ${folder} does not exist. Choose another folder.`);
  if (code === 'ENOTDIR')
    return new DeskError(
      'bad-request',
      `${folder} is a file, not a folder. Choose the folder that holds it.`,
    );
  if (code === 'EACCES' || code === 'EPERM')
    return new DeskError(
      'io-error',
      `Counsel Desk may not read the folder ${folder} (permission denied). Choose another folder, or ask whoever manages this computer for access.`,
    );
  return new DeskError('io-error', `Counsel Desk could not read the folder ${folder} (${code}).`);
}

/** What a directory entry is for the list: a folder, a matching file, or nothing to show. Links count as
 *  what they point to, and only while that stays inside the root. */
async function kindOf(
  entry: Dirent,
  full: string,
  realRoot: string,
  extensions: readonly string[],
): Promise<FolderEntry['kind'] | null> {
  let isFolder = entry.isDirectory();
  let isFile = entry.isFile();
  if (entry.isSymbolicLink()) {
    try {
      const target = await fs.realpath(full);
      if (!isInside(realRoot, target)) return null;
      const stat = await fs.stat(target);
      isFolder = stat.isDirectory();
      isFile = stat.isFile();
    } catch {
      return null; // a broken link leads nowhere
    }
  }
  if (isFolder) return 'folder';
  const name = entry.name.toLowerCase();
  return isFile && extensions.some((ext) => name.endsWith(ext)) ? 'file' : null;
}

/** Resolves the folder asked for and refuses anything outside the root, by path or through a link. */
async function folderToList(options: FolderListOptions): Promise<{ folder: string; realRoot: string }> {
  const root = path.resolve(options.root);
  const asked = options.folder ?? root;
  if (!path.isAbsolute(asked))
    throw new DeskError(
      'bad-request',
      `"${asked}" is not a full path. Type it from the top, for example ${root}.`,
    );
  const folder = path.resolve(asked);
  const outside = () =>
    new DeskError(
      'forbidden',
      `${folder} is outside the folders browser mode may show (${root} and the folders in it). Choose a folder inside ${root}.`,
    );
  if (!isInside(root, folder)) throw outside();
  const realRoot = await fs.realpath(root).catch((error: unknown) => {
    throw unreadable(root, error);
  });
  const real = await fs.realpath(folder).catch((error: unknown) => {
    throw unreadable(folder, error);
  });
  if (!isInside(realRoot, real))
    throw new DeskError(
      'forbidden',
      `${folder} is a link to ${real}, outside the folders browser mode may show (${root}). Choose a folder inside ${root}.`,
    );
  const stat = await fs.stat(real).catch((error: unknown) => {
    throw unreadable(folder, error);
  });
  if (!stat.isDirectory()) throw unreadable(folder, Object.assign(new Error(), { code: 'ENOTDIR' }));
  return { folder, realRoot };
}

function crumbsOf(root: string, rootName: string, folder: string): FolderListing['crumbs'] {
  const crumbs = [{ name: rootName, path: root }];
  const relative = path.relative(root, folder);
  if (relative === '') return crumbs;
  let current = root;
  for (const part of relative.split(path.sep)) {
    current = path.join(current, part);
    crumbs.push({ name: part, path: current });
  }
  return crumbs;
}

export async function listFolder(options: FolderListOptions): Promise<FolderListing> {
  const root = path.resolve(options.root);
  const { folder, realRoot } = await folderToList(options);
  let dirents: Dirent[];
  try {
    dirents = await fs.readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw unreadable(folder, error);
  }
  const extensions = folderFilterExtensions[options.filter];
  const shown = dirents.filter((d) => options.showHidden || !d.name.startsWith('.'));
  const kinds = await Promise.all(
    shown.map((d) => kindOf(d, path.join(folder, d.name), realRoot, extensions)),
  );
  const entries = shown
    .map((d, i): FolderEntry | null => {
      const kind = kinds[i];
      return kind ? { name: d.name, path: path.join(folder, d.name), kind } : null;
    })
    .filter((e): e is FolderEntry => e !== null)
    .sort(compareEntries);
  return {
    folder,
    parent: isInside(root, folder) && path.relative(root, folder) !== '' ? path.dirname(folder) : null,
    crumbs: crumbsOf(root, options.rootName, folder),
    entries: entries.slice(0, options.cap ?? FOLDER_LIST_CAP),
    total: entries.length,
  };
}
