// The one API contract. Every channel the renderer can call is declared here (the library's and the
// versions' in ./library-channels and ./version-channels, spread in) with its request schema and response
// type; the preload, the Electron main process, the web host and the renderer all derive from it. Nothing
// else declares a channel string.
import { z } from 'zod';
import type { BlockNode } from '../document/model';
import type { Matter } from '../matter/schema';
import { draftSchema } from '../matter-file/matter-file';
import type { Draft, MatterFile } from '../matter-file/matter-file';
import type { BindProblem } from '../pipeline/bind-problems';
import type { FileVersion } from './file-version';
import type { HistoryEntry } from '../history/history-entry';
import type { VersionStore } from '../versions/version-store';
import { channel, empty } from './channel';
import { folderChannels } from './folder-channels';
import { letterPdfChannels } from './letter-pdf-channels';
import { libraryChannels } from './library-channels';
import { matterPartsSchema } from './matter-parts-schema';
import { productionChannels } from './production-channels';
import { pagesChannels } from './pages-channels';
import { versionChannels } from './version-channels';
import {
  filePath,
  recoveryCheckRequest,
  recoveryDiscardRequest,
  recoveryWriteRequest,
  saveRequest,
  sessionRequest,
} from './matter-requests';
import type { LastSession, RecentMatter } from './matter-requests';

/** A template as the picker and the matter form see it. */
export interface TemplateSummary {
  id: string;
  title: string;
  description: string;
  fields: {
    path: string;
    label: string;
    type: string;
    required: boolean;
    help: string;
    group: string;
  }[];
}

export interface OpenedMatter {
  /** Where the file lives; empty for a matter never saved. */
  path: string;
  file: MatterFile;
  /** The version on disk that was read; a later save compares the disk with it. Absent for a new matter. */
  version?: FileVersion;
}

export interface SavedMatter {
  path: string;
  savedAt: string;
  /** The version now on disk: what the next save expects to find there. */
  version: FileVersion;
  /** The drafts' versions and the history as this save recorded them (core/history/record-save.ts). */
  versions?: VersionStore;
  history?: HistoryEntry[];
}

export interface RecoveryInfo {
  /** Which recovery slot this is (a window's own, or one left by a window that has closed). */
  slot: string;
  /** The matter file the recovered work belongs to; empty if it was never saved. */
  originalPath: string;
  savedAt: string;
  file: MatterFile;
  /** The version of the matter file the unsaved work started from, when it had been opened or saved. */
  baseVersion?: FileVersion;
}

export interface ExportResult {
  /** Where the DOCX was written; empty in browser mode when the bytes are returned for download. */
  path: string;
  fileName: string;
  /** Base64 of the DOCX when no path was written (browser mode download). */
  base64: string;
  byteLength: number;
  /** Required fields that were still empty (the export was marked DRAFT). */
  incomplete: string[];
  /** Everything the bind step found wrong with the letter as exported. */
  problems: BindProblem[];
}

export { matterPartsSchema };

export const contract = {
  'app:info': channel<typeof empty, { version: string; mode: 'electron' | 'web'; platform: string }>(empty),
  /** The renderer reports unsaved changes so closing the window can ask first (and the title shows it). */
  'app:set-dirty': channel<
    z.ZodObject<{ dirty: z.ZodBoolean; title: z.ZodOptional<z.ZodString> }>,
    { dirty: boolean }
  >(z.object({ dirty: z.boolean(), title: z.string().max(500).optional() })),
  /** Closes the window without asking again (after "Save" in the close prompt succeeded). No-op in browser mode. */
  'app:close-window': channel<typeof empty, { closed: boolean }>(empty),
  'templates:list': channel<typeof empty, TemplateSummary[]>(empty),
  'matter:new': channel<typeof empty, OpenedMatter>(empty),
  /** Without a path the desktop app shows the native Open dialog; `cancelled` if the user closes it. */
  'matter:open': channel<z.ZodObject<{ path: z.ZodOptional<z.ZodString> }>, OpenedMatter>(
    z.object({ path: filePath.optional() }),
  ),
  /**
   * Saves atomically. Without a path (or with saveAs) the desktop app asks where. `expected` is the version
   * this window last saw at that path (null: no file expected there): when the disk holds anything else the
   * save is refused with `conflict`, and the user chooses Save As… or Overwrite (`overwrite: true`). A save
   * removes the recovery slot of `windowId` only.
   */
  'matter:save': channel<typeof saveRequest, SavedMatter>(saveRequest),
  /** The recent matters, newest first, with the names they were last saved or opened with. */
  'matter:recent': channel<typeof empty, RecentMatter[]>(empty),
  /** Where the user was last (matter, draft, view, scroll), or null: offered back at the next start. */
  'session:last': channel<typeof empty, LastSession | null>(empty),
  /** Remembers where the user is; a path not in the recent list is not kept (empty forgets). */
  'session:remember': channel<typeof sessionRequest, { remembered: boolean }>(sessionRequest),
  /** The shipped Dallas example (examples/dallas-ag-inquiry.json) as a new, unsaved matter. */
  'matter:open-example': channel<typeof empty, OpenedMatter>(empty),
  /** Writes the window's own recovery slot with its unsaved work. */
  'recovery:write': channel<typeof recoveryWriteRequest, { savedAt: string }>(recoveryWriteRequest),
  /** The recovery copy to offer this window, or null: its own, or one no running window keeps. */
  'recovery:check': channel<typeof recoveryCheckRequest, RecoveryInfo | null>(recoveryCheckRequest),
  /** Removes `slot` (one this window took over), else the window's own slot. */
  'recovery:discard': channel<typeof recoveryDiscardRequest, { discarded: boolean }>(recoveryDiscardRequest),
  /** A new draft of a template: dated today, its template kept with it, enclosing what its kind encloses. */
  'draft:generate': channel<
    z.ZodObject<{
      templateId: z.ZodString;
      parts: typeof matterPartsSchema;
      title: z.ZodOptional<z.ZodString>;
    }>,
    Draft
  >(
    z.object({
      templateId: z.string().min(1),
      parts: matterPartsSchema,
      title: z.string().max(300).optional(),
    }),
  ),
  /**
   * A fresh render of a draft's template for its letter and the matter as it is now. The renderer merges it
   * into the open draft with bindDraft (templates cannot be compiled under the renderer's CSP).
   */
  'draft:render': channel<
    z.ZodObject<{ draft: typeof draftSchema; parts: typeof matterPartsSchema }>,
    { rendered: BlockNode[] }
  >(z.object({ draft: draftSchema, parts: matterPartsSchema })),
  /** Everything still wrong with the draft, bound to the matter as it is now: the "Review before sending" list. */
  'draft:review': channel<
    z.ZodObject<{ draft: typeof draftSchema; parts: typeof matterPartsSchema }>,
    { problems: BindProblem[] }
  >(z.object({ draft: draftSchema, parts: matterPartsSchema })),
  /** Binds the draft to the matter and exports it. Refuses with `incomplete-matter` unless `allowIncomplete`. */
  'draft:export-docx': channel<
    z.ZodObject<{
      draft: typeof draftSchema;
      parts: typeof matterPartsSchema;
      path: z.ZodOptional<z.ZodString>;
      allowIncomplete: z.ZodOptional<z.ZodBoolean>;
    }>,
    ExportResult
  >(
    z.object({
      draft: draftSchema,
      parts: matterPartsSchema,
      path: filePath.optional(),
      allowIncomplete: z.boolean().optional(),
    }),
  ),
  ...libraryChannels,
  ...letterPdfChannels,
  ...versionChannels,
  ...productionChannels,
  ...pagesChannels,
  ...folderChannels,
} as const;

// Main -> renderer events live in ./menu-commands (kept free of zod so the preload bundle stays small).
export { events } from './menu-commands';
export type { MenuCommand } from './menu-commands';

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C]['response'];

export const channels = Object.keys(contract) as Channel[];

export type { Matter, Draft, MatterFile, FileVersion };
export type { LastSession, RecentMatter };
