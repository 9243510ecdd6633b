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
