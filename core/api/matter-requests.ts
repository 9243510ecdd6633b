// The requests of the matter file and recovery channels (core/api/contract.ts declares the channels).
import { z } from 'zod';
import { matterFileSchema } from '../matter-file/matter-file';
import { fileVersionSchema, recoverySlotSchema, windowIdSchema } from './file-version';

export const filePath = z.string().min(1, 'needs a file path').max(4096);

export const saveRequest = z.object({
  path: filePath.optional(),
  saveAs: z.boolean().optional(),
  file: matterFileSchema,
  expected: fileVersionSchema.nullable().optional(),
  overwrite: z.boolean().optional(),
  windowId: windowIdSchema.optional(),
});
export const recoveryWriteRequest = z.object({
  windowId: windowIdSchema,
  originalPath: z.string().max(4096),
  file: matterFileSchema,
  baseVersion: fileVersionSchema.optional(),
});
export const recoveryCheckRequest = z.object({ windowId: windowIdSchema.optional() });
export const recoveryDiscardRequest = z.object({
  windowId: windowIdSchema.optional(),
  slot: recoverySlotSchema.optional(),
});

/** Where the user was in a matter: which draft was open, which view, how far down. The desktop app and
 *  browser mode both bring it back at the next start or reload. An empty path forgets it (Close, New). */
export const sessionRequest = z.object({
  path: z.string().max(4096),
  draftId: z.string().max(200).default(''),
  view: z.enum(['draft', 'matter', 'library']).default('draft'),
  scrollTop: z.number().min(0).max(10_000_000).default(0),
});
export type LastSession = z.output<typeof sessionRequest>;

/** A matter in the recent list: its file and the name it was last saved or opened with. */
export interface RecentMatter {
  path: string;
  title: string;
}
