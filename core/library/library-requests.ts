// Request schemas of the library and excerpt channels (declared in core/api/contract.ts).
import { z } from 'zod';
import { excerptSchema } from '../excerpts/excerpt';
import { SOURCE_KINDS } from './library-types';

const sourceId = z.string().min(1, 'needs a source id').max(100);

export const libraryImportRequest = z
  .object({
    /** Files on the machine running the app (desktop, CLI, or the local web host). */
    paths: z.array(z.string().min(1).max(4096)).max(500).default([]),
    /** Files picked in a browser (browser mode): name and base64 contents. */
    files: z
      .array(z.object({ name: z.string().min(1).max(255), base64: z.string() }))
      .max(50)
      .default([]),
    /** Whose mailbox or files these are (a custodian); empty when not named. */
    custodian: z.string().max(200).default(''),
  })
  .refine((r) => r.paths.length + r.files.length > 0, 'needs at least one file to import');

export const librarySearchRequest = z.object({
  query: z.string().max(500),
  limit: z.number().int().min(1).max(200).default(20),
});

export const librarySourceRequest = z.object({ id: sourceId });

export const libraryUpdateRequest = z.object({
  id: sourceId,
  title: z.string().min(1, 'a source needs a title').max(500).optional(),
  kind: z.enum(SOURCE_KINDS).optional(),
  identifier: z.string().max(200).optional(),
  effectiveDate: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'must be a date written as YYYY-MM-DD')
    .optional(),
});

export const excerptCheckRequest = z.object({ excerpts: z.array(excerptSchema).max(5000) });

const isoDay = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'must be a date written as YYYY-MM-DD')
  .optional();

/** The library's filters (all optional; they combine). */
export const libraryFiltersSchema = z.object({
  custodian: z.string().max(200).optional(),
  sender: z.string().max(320).optional(),
  recipient: z.string().max(320).optional(),
  dateFrom: isoDay,
  dateTo: isoDay,
  kind: z.enum(SOURCE_KINDS).optional(),
});

/** Search words (may be empty when filters are given) narrowed by the filters. */
export const libraryFilteredSearchRequest = librarySearchRequest.extend({ filters: libraryFiltersSchema });

/** A message and, with `thread`, every message of its conversation, with their attachments. */
export const libraryFamilyRequest = z.object({ id: sourceId, thread: z.boolean().default(false) });

/** Files and folders on this machine to import in the background, as one custodian's. */
export const libraryImportStartRequest = z.object({
  paths: z.array(z.string().min(1).max(4096)).min(1, 'needs at least one file or folder to import').max(500),
  custodian: z.string().max(200).default(''),
});

export const libraryChooseImportRequest = z.object({ what: z.enum(['files', 'folder']) });

export const libraryImportJobRequest = z.object({ jobId: z.string().min(1).max(100) });
