// Letters as PDF (issue 10): the channel of the API contract (spread into ./contract) and its method name
// (spread into ./desk-api). The request is Export DOCX's; the answer is the same kind of ExportResult.
import { z } from 'zod';
import { draftSchema } from '../matter-file/matter-file';
import { channel } from './channel';
import type { ExportResult } from './contract';
import { matterPartsSchema } from './matter-parts-schema';
import { filePath } from './matter-requests';

export const letterPdfRequest = z.object({
  draft: draftSchema,
  parts: matterPartsSchema,
  /** Where to write; without it the desktop app asks, and browser mode gets the bytes back to download. */
  path: filePath.optional(),
  allowIncomplete: z.boolean().optional(),
});

export const letterPdfChannels = {
  /** Binds the draft and prints it to PDF. Refuses with `incomplete-matter` unless `allowIncomplete`. */
  'draft:export-pdf': channel<typeof letterPdfRequest, ExportResult>(letterPdfRequest),
} as const;
