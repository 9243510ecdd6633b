// The requests of the versions and history channels (core/api/contract.ts declares the channels). Versions
// and the history travel inside the matter file; these channels reach what needs the Node side: SHA-256, the
// bytes of an exported file, and the author name kept in preferences.
import { z } from 'zod';
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
