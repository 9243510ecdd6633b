// The versions a matter file keeps of its drafts: for each draft, every version saved (when, by whom, its
// name, whether and when it was sent) and the content of each in the shared pool (content-pool.ts).
import { z } from 'zod';

export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

/** A version marked as sent: final from then on (its name and mark cannot change; content never does). */
export const sentMarkSchema = z.object({
  /** The day the letter went out, as the user gave it. */
  date: isoDay,
  /** When it was marked, and by whom. */
  markedAt: z.string(),
  by: z.string(),
});

export const versionMetaSchema = z.object({
  /** 1, 2, 3, … in the order saved; never reused. */
  number: z.number().int().positive(),
  savedAt: z.string(),
  author: z.string(),
  /** The draft's title when this version was saved. */
  title: z.string(),
  /** The version's content in the pool: { title, letter, body }. */
  content: z.number().int().nonnegative(),
  name: z.string().optional(),
  sent: sentMarkSchema.optional(),
  /** Set on a version saved after the user restored an earlier one. */
  restoredFrom: z.number().int().positive().optional(),
});

export const draftVersionsSchema = z.object({
  draftId: z.string().min(1),
  versions: z.array(versionMetaSchema).default([]),
  /** When the draft was deleted from the matter; its versions stay, as the history refers to them. */
  deletedAt: z.string().optional(),
});

export const versionStoreSchema = z.object({
  pool: z.array(z.string()).default([]),
  drafts: z.array(draftVersionsSchema).default([]),
  /** The matter, its records and letter defaults as last saved, so a save can tell what values changed. */
  matter: z.number().int().nonnegative().nullable().default(null),
});

export type SentMark = z.infer<typeof sentMarkSchema>;
export type VersionMeta = z.infer<typeof versionMetaSchema>;
export type DraftVersions = z.infer<typeof draftVersionsSchema>;
export type VersionStore = z.infer<typeof versionStoreSchema>;

export const emptyVersionStore = (): VersionStore => ({ pool: [], drafts: [], matter: null });

/** The versions kept of one draft, oldest first; none for a draft never saved. */
export const versionsOf = (store: VersionStore, draftId: string): VersionMeta[] =>
  store.drafts.find((d) => d.draftId === draftId)?.versions ?? [];
