// The requests of the versions and history channels (core/api/contract.ts declares the channels). Versions
// and the history travel inside the matter file; these channels reach what needs the Node side: SHA-256, the
// bytes of an exported file, and the author name kept in preferences.
import { z } from 'zod';
import type { BlockNode } from '../document/model';
import { historyEntrySchema } from '../history/history-entry';
import { versionStoreSchema } from '../versions/version-store';
import { filePath } from './matter-requests';

/** The history and versions as the window holds them (after a save, exactly what is on disk). */
export const historyVerifyRequest = z.object({
  versions: versionStoreSchema,
  history: z.array(historyEntrySchema),
});

/** A file just exported: by the path it was written to (desktop), or its bytes (browser mode's download). */
export const fileDigestRequest = z
  .object({
    path: filePath.optional(),
    base64: z
      .string()
      .max(200 * 1024 * 1024)
      .optional(),
    fileName: z.string().max(500).optional(),
  })
  .refine((request) => (request.path === undefined) !== (request.base64 === undefined), {
    message: 'give either the path of the exported file or its bytes',
  });

export const authorNameRequest = z.object({ name: z.string().max(200) });

const redlineSide = z.object({
  /** "version 2", "the current draft": how the redline's description names it. */
  label: z.string().max(200),
  /** The letter's blocks; checked by the handler as a draft's are on open. */
  body: z.custom<BlockNode[]>((value) => Array.isArray(value), "must be the letter's blocks"),
  /** Who made it and when; for the current draft, left out: this computer's author, now. */
  author: z.string().max(200).optional(),
  date: z.string().max(40).optional(),
});

/** A redline of two versions of a draft, as Word tracked changes. Without a path the desktop app asks where. */
export const redlineExportRequest = z.object({
  title: z.string().max(300),
  subject: z.string().max(2000).default(''),
  /** Whose letter it is (the document's author property). */
  author: z.string().max(300).default(''),
  before: redlineSide,
  after: redlineSide,
  path: filePath.optional(),
});

export interface RedlineExport {
  /** Where it was written; empty in browser mode, where the bytes come back for download. */
  path: string;
  fileName: string;
  base64: string;
  byteLength: number;
  sha256: string;
  /** "12 words inserted, 3 deleted", for the history entry. */
  summary: string;
}

export interface FileDigest {
  fileName: string;
  sha256: string;
}

export interface AuthorName {
  /** The name the history records: the one set in preferences, else the system's user name. */
  name: string;
  /** The operating system's user name, shown as the default. */
  systemName: string;
  /** True when COUNSEL_DESK_AUTHOR overrides the preference on this computer. */
  overridden: boolean;
}
