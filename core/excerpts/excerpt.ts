// An excerpt: a passage of a library source, stored whole in the matter file so the matter stays
// self-contained, with what is needed to cite it and to check it against the library later.
import { z } from 'zod';

export const excerptSchema = z.object({
  id: z.string().min(1),
  sourceId: z.string(),
  /** SHA-256 of the source file when the excerpt was taken. */
  sourceSha256: z.string(),
  sourceTitle: z.string(),
  /** e.g. "General Order 301.00"; empty when the source has none. */
  identifier: z.string().default(''),
  /** The heading of the section the passage is in, e.g. "3.2 Detainer Requests"; empty when none. */
  section: z.string().default(''),
  pageStart: z.number().int().positive(),
  pageEnd: z.number().int().positive(),
  /** Total pages of the source, so a whole-source excerpt can be recognised. */
  sourcePageCount: z.number().int().nonnegative().default(0),
  /** True when the excerpt is the whole source (attached as an exhibit in full). */
  wholeSource: z.boolean().default(false),
  text: z.string(),
});

export type Excerpt = z.infer<typeof excerptSchema>;
