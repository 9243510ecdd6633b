// One entry of a matter's audit trail. Entries are only ever appended; each sealed entry carries the
// fingerprint of the one before it (`prev`) and its own (`hash`), so an entry changed or removed later is
// detected (hash-chain.ts). An entry the app adds between saves (an export, a version marked sent) is
// pending, without fingerprints, until the next save seals it.
import { z } from 'zod';

export const HISTORY_KINDS = [
  'created',
  'history-started',
  'value-changed',
  'draft-generated',
  'draft-edited',
  'draft-deleted',
  'version-named',
  'version-sent',
  'version-restored',
  'exported',
  'produced',
] as const;

export type HistoryKind = (typeof HISTORY_KINDS)[number];

export const historyEntrySchema = z.object({
  /** Unique within the file; pending entries keep theirs when sealed, so one is never sealed twice. */
  id: z.string().min(1),
  kind: z.enum(HISTORY_KINDS),
  at: z.string(),
  author: z.string().default(''),
  draftId: z.string().optional(),
  draftTitle: z.string().optional(),
  version: z.number().int().positive().optional(),
  /** value-changed: the field path, and the values before and after as text. */
  path: z.string().optional(),
  old: z.string().optional(),
  new: z.string().optional(),
  /** draft-edited, draft-generated: what changed, in words. */
  summary: z.string().optional(),
  /** version-named: the name; version-sent: the day sent; produced: the volume. */
  name: z.string().optional(),
  sentDate: z.string().optional(),
  /** exported: the file written and the SHA-256 of its bytes; produced: the volume's manifest and its SHA-256. */
  fileName: z.string().optional(),
  sha256: z.string().optional(),
  /** draft-generated, draft-edited, version-sent: the fingerprint of the version's content. */
  contentHash: z.string().optional(),
  prev: z.string().optional(),
  hash: z.string().optional(),
});

export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** What the app or a command adds before the save seals it: everything but the fingerprints and the author. */
export type PendingEntry = Omit<HistoryEntry, 'prev' | 'hash' | 'author'> & { author?: string };

export const isSealed = (entry: HistoryEntry): boolean => entry.hash !== undefined;
