// The `.cdesk` file: one matter with its records, drafts and the excerpts they quote. Versioned and validated
// on open; older versions are upgraded by migrate-file.ts before this schema reads them.
import { z } from 'zod';
import type { BlockNode } from '../document/model';
import { excerptSchema } from '../excerpts/excerpt';
import { exhibitSettingsField } from '../exhibits/exhibit';
import { letterFactsSchema } from '../letter/letter-facts';
import { matterSchema } from '../matter/schema';
import type { Matter } from '../matter/schema';
import { recordSchema } from '../records/record';
import { productionSchema } from '../production/production';
import { DEFAULT_REDACTION_REASONS, phraseRedactionSchema } from '../production/redaction';
import { historyEntrySchema } from '../history/history-entry';
import { emptyVersionStore, versionStoreSchema } from '../versions/version-store';

export const MATTER_FILE_FORMAT = 'counsel-desk-matter';
/**
 * 2: drafts keep their own letter facts and the render they were bound to; one records list.
 * 3: versions of the drafts and the matter's history are kept in the file (an earlier reader would drop them).
 * 4: records keep their redactions, printed pages and Bates numbers, and the matter its productions: an
 *    earlier reader would drop them, and a record it saved would go out unredacted or renumbered.
 */
export const MATTER_FILE_VERSION = 4;

// Blocks are checked in detail by checkBlocks on open: one damaged draft must not stop the others opening, and
// its stored content is kept exactly as it was, so a save never destroys what could still be recovered.
const blocks = z.custom<BlockNode[]>(() => true);

const sourceFile = z.object({ path: z.string(), text: z.string() });

/** The template a draft was generated from, kept whole so the draft follows the matter the same way later. */
export const templateSnapshotSchema = z.object({
  template: sourceFile,
  partials: z.array(sourceFile).default([]),
});

export const draftSchema = z.object({
  id: z.string().min(1),
  templateId: z.string(),
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  letter: letterFactsSchema.default(() => letterFactsSchema.parse({})),
  /** The letter as the attorney has it: text, live fields, exhibit references, updates under review. */
  body: blocks,
  /** The template's render the body was last brought up to date with; null when not known (older files). */
  base: blocks.nullable().default(null),
  /** Absent for drafts from older files: the template of that id in the templates folder is used. */
  template: templateSnapshotSchema.optional(),
  /** Set on open when the stored body cannot be read: the draft is kept as it was, but cannot be opened. */
  damaged: z.string().optional(),
});

export const matterFileSchema = z.object({
  format: z.literal(MATTER_FILE_FORMAT),
  fileVersion: z.literal(MATTER_FILE_VERSION),
  savedAt: z.string().default(''),
  matter: matterSchema,
  drafts: z.array(draftSchema).default([]),
  /** Passages quoted or attached, stored whole so the matter stays self-contained. */
  excerpts: z.array(excerptSchema).default([]),
  /** The one list of records; its order is the exhibits' label order and the Bates order. */
  records: z.array(recordSchema).default([]),
  exhibitSettings: exhibitSettingsField,
  /** Facts a new letter starts from (its delivery line, say); each draft then keeps its own. */
  letterDefaults: letterFactsSchema.pick({ deliveryLine: true, enclosures: true }).partial().default({}),
  /** A version of each draft at every save that changed it, in one shared pool (core/versions). */
  versions: versionStoreSchema.default(emptyVersionStore),
  /** The matter's audit trail: appended at each save, hash-chained (core/history). */
  history: z.array(historyEntrySchema).default([]),
  /** Each production made from the records, in order: the next one continues their Bates numbering. */
  productions: z.array(productionSchema).default([]),
  /** The reasons a redaction may give, as this matter keeps them; the user picks one for each redaction. */
  redactionReasons: z.array(z.string().trim().min(1)).default(() => [...DEFAULT_REDACTION_REASONS]),
  /** Phrases blacked out wherever they occur in any record produced, each with its reason. */
  productionRedactions: z.array(phraseRedactionSchema).default([]),
});

export type Draft = z.infer<typeof draftSchema>;
export type TemplateSnapshot = z.infer<typeof templateSnapshotSchema>;
export type MatterFile = z.infer<typeof matterFileSchema>;

/**
 * What a letter is rendered and bound from: the matter file without its drafts. The phrases redacted in every
 * record come along for the export, which encloses whole records as their produced pages.
 */
export type MatterParts = Pick<
  MatterFile,
  'matter' | 'records' | 'excerpts' | 'exhibitSettings' | 'letterDefaults'
> &
  Partial<Pick<MatterFile, 'productionRedactions' | 'productions'>>;

export const matterParts = ({
  matter,
  records,
  excerpts,
  exhibitSettings,
  letterDefaults,
  productionRedactions,
  productions,
}: MatterFile): MatterParts => ({
  matter,
  records,
  excerpts,
  exhibitSettings,
  letterDefaults,
  productionRedactions,
  // Earlier volumes: numbers a letter plans for records not produced yet continue after them.
  productions,
});

/** A new, never-saved matter file around `matter`, with every part at its default. */
export const newMatterFile = (matter: Matter): MatterFile =>
  matterFileSchema.parse({ format: MATTER_FILE_FORMAT, fileVersion: MATTER_FILE_VERSION, matter });
