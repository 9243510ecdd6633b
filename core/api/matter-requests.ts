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
