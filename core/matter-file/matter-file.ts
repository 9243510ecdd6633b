// The `.cdesk` file: one matter with its drafts (and, later, its exhibits). Versioned and validated on open.
import { z } from 'zod';
import { matterSchema } from '../matter/schema';
import type { DocumentModel } from '../document/model';

export const MATTER_FILE_FORMAT = 'counsel-desk-matter';
export const MATTER_FILE_VERSION = 1;

// The document model is deeply recursive; its structure is checked by `checkDocumentModel` on open.
const documentSchema = z.custom<DocumentModel>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { children?: unknown }).children),
  'is not a document',
);

export const draftSchema = z.object({
  id: z.string().min(1),
  templateId: z.string(),
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  document: documentSchema,
});

export const matterFileSchema = z.object({
  format: z.literal(MATTER_FILE_FORMAT),
  fileVersion: z.literal(MATTER_FILE_VERSION),
  savedAt: z.string().default(''),
  matter: matterSchema,
  drafts: z.array(draftSchema).default([]),
});

export type Draft = z.infer<typeof draftSchema>;
export type MatterFile = z.infer<typeof matterFileSchema>;
