// The requests of the production channels (./production-channels) and what they answer: the preview of the
// next volume, a production run in the background with its progress, and redactions added or removed.
import { z } from 'zod';
import type { HistoryEntry } from '../history/history-entry';
import { matterFileSchema, type MatterFile } from '../matter-file/matter-file';
import type { Production } from '../production/production';
import { fileVersionSchema, windowIdSchema } from './file-version';
import { filePath } from './matter-requests';
import type { ApiError } from './result';
import type { FileVersion } from './file-version';
import type { VersionStore } from '../versions/version-store';

/** What the next volume is planned from. */
export const productionPartsSchema = matterFileSchema.pick({
  records: true,
  excerpts: true,
  exhibitSettings: true,
  productions: true,
  productionRedactions: true,
});

export const productionPreviewRequest = z.object({
  parts: productionPartsSchema,
  again: z.boolean().default(false),
});

/** The matter as the window has it (unsaved changes included): it is saved, with the production recorded. */
export const produceStartRequest = z.object({
  file: matterFileSchema,
  /** The matter's .cdesk file: a production is recorded in a saved matter. */
  path: filePath,
  /** The version of that file this window last read or wrote; anything else there is a conflict. */
  expected: fileVersionSchema.nullable().optional(),
  /** The folder the volume's folder (and zip) is written in. */
  outDir: filePath,
  zip: z.boolean().default(false),
  again: z.boolean().default(false),
  /** Also write Concordance DAT and Opticon OPT load files. */
  loadFiles: z.boolean().default(false),
  windowId: windowIdSchema.optional(),
});

export const produceJobRequest = z.object({ jobId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) });

const redactParts = matterFileSchema.pick({
  records: true,
  excerpts: true,
  redactionReasons: true,
  productionRedactions: true,
});

export const redactRequest = z.object({
  parts: redactParts,
  phrase: z.string().max(10_000),
  reason: z.string().max(500),
  /** The record to redact in; absent for every record of the production. */
  recordId: z.string().min(1).optional(),
});

export const removeRedactionRequest = z.object({
  parts: matterFileSchema.pick({ records: true, productionRedactions: true }),
  redactionId: z.string().min(1),
});

export interface ProduceResult {
  production: Production;
  folder: string;
  zip?: string;
  /** The files of the volume, as its manifest lists them. */
  files: string[];
  imagePages: { name: string; labels: string[] }[];
  notes: string[];
  /** The matter as saved, with the production recorded; the window takes it. */
  file: MatterFile;
  path: string;
  savedAt: string;
  version: FileVersion;
  versions?: VersionStore;
  history?: HistoryEntry[];
}

export type ProduceJobStatus =
  | { jobId: string; state: 'running'; done: number; total: number }
  | { jobId: string; state: 'done'; result: ProduceResult }
  | { jobId: string; state: 'failed'; error: ApiError };

export interface RedactOutcome {
  records: MatterFile['records'];
  redactionReasons: string[];
  productionRedactions: MatterFile['productionRedactions'];
  reason: string;
  reasonAdded: boolean;
  /** Occurrences found, per record id. */
  hits: { recordId: string; count: number }[];
  /** The same phrase was redacted there already: nothing changed. */
  already: boolean;
  /** Records that went out before: they reach the AG redacted only if produced again. */
  producedBefore: string[];
}

export type RemovedRedaction = Pick<MatterFile, 'records' | 'productionRedactions'>;
