// The facts of one letter, kept with its draft rather than the matter: its date, how it is sent, whom it is
// addressed to, what it encloses. Templates read them under `letter.` (`letter.date`, `letter.deliveryLine`).
import { z } from 'zod';
import { isoDate, recipientSchema } from '../matter/schema';
import { canEnclose, type MatterRecord } from '../records/record';

export const ENCLOSURE_DEFAULTS = ['none', 'exhibits'] as const;
/** What a new draft of a template encloses: nothing, or every exhibit that is produced. */
export type EnclosureDefault = (typeof ENCLOSURE_DEFAULTS)[number];

export const letterFactsSchema = z.object({
  /** The date the letter bears. */
  date: isoDate.default(''),
  /** e.g. "Via Email and Certified Mail, Return Receipt Requested". */
  deliveryLine: z.string().default(''),
  /** Addressees of this letter alone; empty means the requesting office and the matter's recipients. */
  addressees: z.array(recipientSchema).default([]),
  /** Other enclosures, one a line ("Letter of March 7, 2025"); exhibits are listed on their own. */
  enclosures: z.array(z.string()).default([]),
  /** The records this letter encloses as exhibits, by record id (labels come from the records list). */
  exhibitIds: z.array(z.string()).default([]),
  /** Facts a city's own template asks of each letter (`letter.custom.productionVolume`), by name. */
  custom: z.record(z.string(), z.string()).default({}),
});

export type LetterFacts = z.infer<typeof letterFactsSchema>;

/** Today's date as YYYY-MM-DD in the user's own time zone (a letter is dated where it is signed). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The facts a new draft starts from: dated today, enclosing what the template's kind of letter encloses. */
export function defaultLetterFacts(
  encloses: EnclosureDefault,
  records: readonly Pick<MatterRecord, 'id' | 'exhibit' | 'status'>[],
  today: string,
): LetterFacts {
  const exhibitIds = encloses === 'none' ? [] : records.filter(canEnclose).map((r) => r.id);
  return letterFactsSchema.parse({ date: today, exhibitIds });
}
