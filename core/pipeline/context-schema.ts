// The shape of what a template can read: the matter, the letter's own facts (`letter.`) and the views derived
// from the records list (`records.`, `letter.exhibits`). Field paths, labels and the template checks are read
// from this schema, so a template can use a derived value exactly as it uses a stored one.
import { z } from 'zod';
import { letterFactsSchema } from '../letter/letter-facts';
import { matterSchema } from '../matter/schema';
import { RECORD_STATUSES } from '../records/record';

const text = z.string();

/** One record as templates read it (see RecordView); derived, so never edited through a form. */
export const recordViewSchema = z.object({
  number: z.number(),
  description: text,
  date: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/),
  documentType: text,
  author: text,
  recipients: text,
  subject: text,
  status: z.enum(RECORD_STATUSES),
  basis: text,
  piaException: text,
  attorneys: text,
  redactedPages: text,
  requestNumbers: text,
  exhibitLabel: text,
  controlNumber: text,
  action: text,
  pages: z.number(),
  batesStart: text,
  batesEnd: text,
  batesRange: text,
  citation: text,
});

export const templateContextSchema = matterSchema.extend({
  letter: letterFactsSchema.extend({
    /** The exhibits this letter encloses, in label order. */
    exhibits: z.array(recordViewSchema),
  }),
  records: z.object({
    all: z.array(recordViewSchema),
    produced: z.array(recordViewSchema),
    withheld: z.array(recordViewSchema),
    exhibits: z.array(recordViewSchema),
    /** Bates numbering is on: produced records carry Bates ranges. */
    batesNumbering: z.boolean(),
    /** Produced with redactions (partly withheld): the log's note on redactions is about these. */
    redacted: z.array(recordViewSchema),
    /** Some withheld record names attorneys among its author and recipients (the log marks them). */
    attorneysNamed: z.boolean(),
  }),
});

/** Paths under these roots are derived by the bind step: forms show them, but never edit them. */
export const DERIVED_ROOTS = ['records', 'letter.exhibits'] as const;

export const isDerivedPath = (path: string): boolean =>
  DERIVED_ROOTS.some((root) => path === root || path.startsWith(`${root}.`) || path.startsWith(`${root}[`));

/** Paths kept with each draft rather than the matter. */
export const isLetterPath = (path: string): boolean => path === 'letter' || path.startsWith('letter.');
