// What the matter keeps of each production it made (the volume, its date, its Bates range and the hash of its
// manifest), and what a produced record keeps of its own numbers, so a record produced once keeps its Bates
// numbers and the next production continues after the last number used.
import { z } from 'zod';
import { isoDate } from '../matter/schema';

/** The Bates numbers a record went out with, and the settings they were formatted with then. */
export const producedNumbersSchema = z.object({
  volume: z.string().min(1),
  first: z.number().int().positive(),
  last: z.number().int().positive(),
  prefix: z.string(),
  digits: z.number().int().min(1).max(12),
});

export const productionSchema = z.object({
  /** The volume's name, which is also its folder's ("DAL-AG-VOL001"). */
  volume: z.string().min(1),
  /** The day it was produced. */
  date: isoDate,
  /** When it was made, ISO 8601. */
  producedAt: z.string(),
  /** The first and last Bates numbers it stamped; 0 for a volume that only logs records withheld. */
  first: z.number().int().nonnegative(),
  last: z.number().int().nonnegative(),
  /** "DAL-AG-000001" and "DAL-AG-000046", as stamped; empty when it stamped none. */
  batesFirst: z.string(),
  batesLast: z.string(),
  pages: z.number().int().nonnegative(),
  /** The records it produced (in whole or part), by id, in Bates order. */
  recordIds: z.array(z.string()).default([]),
  /** The records it withheld in whole, by id (they are in its privilege log). */
  withheldIds: z.array(z.string()).default([]),
  /** SHA-256 of the volume's manifest, which holds the SHA-256 of every other file. */
  manifestSha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export type ProducedNumbers = z.infer<typeof producedNumbersSchema>;
export type Production = z.infer<typeof productionSchema>;

/** The first Bates number no production has used: after the last one made, and never before the start. */
export function nextBatesNumber(
  start: number,
  productions: readonly Pick<Production, 'last'>[],
  produced: readonly (ProducedNumbers | undefined)[] = [],
): number {
  const used = [...productions.map((p) => p.last), ...produced.map((p) => p?.last ?? 0)];
  return Math.max(start, ...used.map((last) => last + 1));
}

/** "DAL-AG-VOL001" from the Bates prefix ("DAL-AG-") and the production's place (1 for the first). */
export function volumeName(prefix: string, ordinal: number): string {
  const stem = prefix.replace(/[^A-Za-z0-9]+$/, '').replace(/[^A-Za-z0-9_-]+/g, '-') || 'PRODUCTION';
  return `${stem}-VOL${String(ordinal).padStart(3, '0')}`;
}
