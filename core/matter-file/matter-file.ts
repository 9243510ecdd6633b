// The `.cdesk` file: one matter with its drafts, excerpts and exhibits. Versioned and validated on open.
import { z } from 'zod';
import { matterSchema } from '../matter/schema';
import type { Matter } from '../matter/schema';
import { excerptSchema } from '../excerpts/excerpt';
import { exhibitSchema, exhibitSettingsSchema } from '../exhibits/exhibit';
import type { DocumentModel } from '../document/model';

export const MATTER_FILE_FORMAT = 'counsel-desk-matter';
export const MATTER_FILE_VERSION = 1;

// The document model is deeply recursive; its structure is checked by `checkDocumentModel` on open.
const documentSchema = z.custom<DocumentModel>(
  (value) =>
    typeof value === 'object' && value !== null && Array.isArray((value as { children?: unknown }).children),
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
  // Added with the policy library; defaults keep files written before it opening unchanged.
  /** Passages quoted or attached, stored whole so the matter stays self-contained. */
  excerpts: z.array(excerptSchema).default([]),
  /** In label order: the first is Exhibit A (or 1). */
  exhibits: z.array(exhibitSchema).default([]),
  exhibitSettings: exhibitSettingsSchema.default({
    labelStyle: 'letters',
    bates: { enabled: false, prefix: 'CITY-AG-', start: 1, digits: 6 },
  }),
});

export type Draft = z.infer<typeof draftSchema>;
export type MatterFile = z.infer<typeof matterFileSchema>;

/** A new, never-saved matter file around `matter`, with every part at its default. */
export const newMatterFile = (matter: Matter): MatterFile =>
  matterFileSchema.parse({ format: MATTER_FILE_FORMAT, fileVersion: MATTER_FILE_VERSION, matter });
