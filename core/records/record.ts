// The matter's one list of records: every policy, training file, email or memo the response deals with,
// each with its status, the requests it answers and, when attached, its exhibit label. Exhibits, the request
// matrix, the production index and the privilege log are views of this list (record-views.ts).
import { z } from 'zod';
import { isoDate } from '../matter/schema';
import { producedNumbersSchema } from '../production/production';
import { redactionSchema } from '../production/redaction';

export const RECORD_STATUSES = ['produced', 'partly-withheld', 'withheld', 'not-responsive'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

const text = z.string().default('');

export const recordSchema = z.object({
  id: z.string().min(1),
  /** What the record is, as the index, the cover page and the log show it. */
  description: text,
  /** The excerpt (in the file's `excerpts`) holding the record's text; empty for a record only described. */
  excerptId: text,
  date: isoDate.default(''),
  /** e.g. "Memorandum", "Email", "Training presentation". */
  documentType: text,
  author: text,
  recipients: text,
  /** The general subject, described without revealing anything withheld. */
  subject: text,
  status: z.enum(RECORD_STATUSES).default('produced'),
  /** The privilege or protection for a record withheld in whole or part, e.g. "Attorney-client privilege, Tex. R. Evid. 503". */
  basis: text,
  /**
   * The Public Information Act exception raised for it, by section ("Tex. Gov't Code § 552.107(1)"): only the
   * PIA ruling request uses it, since the Act's exceptions are raised by section and lost if not raised in time.
   */
  piaException: text,
  /** Which of the author and recipients are attorneys, as the log names them (the log marks them). */
  attorneys: text,
  /** For a record produced with redactions: the pages redacted, by Bates number. */
  redactedPages: text,
  /** The numbers of the requests it answers ("1", "3(a)"), as the inquiry numbers them. */
  requestNumbers: z.array(z.string()).default([]),
  /** Attached to letters as a lettered exhibit (A, B, …, in list order). */
  exhibit: z.boolean().default(false),
  /** Pages of a record whose text is not in the matter (paper, a file kept elsewhere); others count their own. */
  pages: z.number().int().nonnegative().default(0),
  /** The log's control number; empty means the record's place in the list ("R-3"). */
  controlNumber: text,
  /**
   * Pages of the record as it is produced: its PDF's own pages, or its text, document or email printed to PDF.
   * Counted when its file is added and at each production; 0 while not known (then the text's layout counts).
   */
  printedPages: z.number().int().nonnegative().default(0),
  /** What is blacked out when the record is produced, each with the reason printed on the box. */
  redactions: z.array(redactionSchema).default([]),
  /** The Bates numbers the record went out with: it keeps them in every later production. */
  produced: producedNumbersSchema.optional(),
  /**
   * The id of the first record of its family (an email added with its attachments, or a whole thread):
   * a family stays together in the list, so it is produced together under consecutive Bates numbers.
   * Empty for a record on its own.
   */
  family: text,
});

export type MatterRecord = z.infer<typeof recordSchema>;

/** Produced in whole or in part: the record's pages go out, Bates-numbered. */
export const isProduced = (record: Pick<MatterRecord, 'status'>): boolean =>
  record.status === 'produced' || record.status === 'partly-withheld';

/** Withheld in whole or in part: the record belongs in the privilege log. */
export const isWithheld = (record: Pick<MatterRecord, 'status'>): boolean =>
  record.status === 'withheld' || record.status === 'partly-withheld';

/** A letter may enclose a record only as an exhibit that goes out (produced in whole or in part). */
export const canEnclose = (record: Pick<MatterRecord, 'status' | 'exhibit'>): boolean =>
  record.exhibit && isProduced(record);

/** Which requests a record answers, from a typed list such as "1, 3(a); 4". */
export const parseRequestNumbers = (typed: string): string[] =>
  typed
    .split(/[,;]|\band\b/)
    .map((n) => n.trim().replace(/^no\.?\s*/i, ''))
    .filter(Boolean);
