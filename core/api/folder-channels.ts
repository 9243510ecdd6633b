// Browser mode's folder browser (Open, Save As, folder choosers) and the desktop app's "Show in folder":
// channels of the API contract, spread into ./contract.
import { z } from 'zod';
import { channel } from './channel';

/** Which files a folder list shows beside its folders. Named kinds, not free patterns, so a page can list
 *  only the kinds of file browser mode lets it open or write (electron/web-host/browser-path-rules.ts). */
export const folderFilterExtensions = {
  matter: ['.cdesk'],
  docx: ['.docx'],
  /** Folders only: a chooser that picks a folder. */
  folders: [],
} as const satisfies Record<string, readonly string[]>;

export type FolderFilter = keyof typeof folderFilterExtensions;

/** The most entries one answer lists; a bigger folder says how many there are and lists the first ones. */
export const FOLDER_LIST_CAP = 5000;

export const folderListRequest = z.object({
  /** A full path inside the browsing root; absent: the root itself (the user's home by default). */
  path: z.string().max(4096).optional(),
  filter: z.enum(['matter', 'docx', 'folders']).default('matter'),
  /** Names starting with a dot are left out unless asked for. */
  showHidden: z.boolean().default(false),
});

export const showInFolderRequest = z.object({
  path: z.string().min(1, 'needs a file path').max(4096),
});

export interface FolderEntry {
  name: string;
  /** Full path, as the user would type it (through links, not where they point). */
  path: string;
  kind: 'folder' | 'file';
}

export interface FolderCrumb {
  name: string;
  path: string;
}

export interface FolderListing {
  /** The folder listed, as a full path. */
  folder: string;
  /** The folder above it, or null at the top of what may be browsed. */
  parent: string | null;
  /** From the browsing root down to this folder. */
  crumbs: FolderCrumb[];
  /** Folders first, then files; by name, case-insensitive, numbers in natural order. */
  entries: FolderEntry[];
  /** How many entries the folder holds for this filter; more than `entries.length` when capped. */
  total: number;
}

export const folderChannels = {
  /** Browser mode: one folder's subfolders and matching files. The desktop app answers `forbidden` (it
   *  uses the system's dialogs). A folder outside the browsing root, or reached through a link that leaves
   *  it, is refused. */
  'folder:list': channel<typeof folderListRequest, FolderListing>(folderListRequest),
  /** Desktop app: shows a file it wrote in the system's file manager (browser mode: `forbidden`). */
  'folder:show-item': channel<typeof showInFolderRequest, { shown: boolean }>(showInFolderRequest),
} as const;
