// A redaction: what is blacked out of a record when it is produced, and the reason printed on the box. A
// phrase is removed wherever it occurs (in one record, or across the production); a box covers a rectangle
// of one page, measured in points from the top-left corner of the page as it is seen (cropped and turned).
import { z } from 'zod';

const reason = z.string().trim().min(1, 'a redaction needs a reason');

export const redactionRectSchema = z.object({
  x: z.number().nonnegative(),
  y: z.number().nonnegative(),
  width: z.number().positive(),
  height: z.number().positive(),
});

export const phraseRedactionSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('phrase'),
  phrase: z.string().trim().min(1, 'a redacted phrase cannot be empty'),
  reason,
});

export const boxRedactionSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('box'),
  /** The page of the record, from 1. */
  page: z.number().int().positive(),
  rect: redactionRectSchema,
  reason,
});

export const redactionSchema = z.discriminatedUnion('kind', [phraseRedactionSchema, boxRedactionSchema]);

export type RedactionRect = z.infer<typeof redactionRectSchema>;
export type PhraseRedaction = z.infer<typeof phraseRedactionSchema>;
export type BoxRedaction = z.infer<typeof boxRedactionSchema>;
export type Redaction = z.infer<typeof redactionSchema>;

/** The reasons a new matter offers; the matter keeps its own list, which the user extends. */
export const DEFAULT_REDACTION_REASONS: readonly string[] = [
  "Tex. Gov't Code § 552.101 (informer identity)",
  "Tex. Gov't Code § 552.101 (confidential by law)",
  "Tex. Gov't Code § 552.107 (attorney-client)",
  "Tex. Gov't Code § 552.108 (law enforcement)",
  "Tex. Gov't Code § 552.111 (agency memoranda)",
  "Tex. Gov't Code § 552.117 (employee personal information)",
  "Tex. Gov't Code § 552.130 (motor vehicle records)",
  "Tex. Gov't Code § 552.137 (e-mail address of a member of the public)",
  'TRE 503 attorney-client',
  'Attorney work product',
];

/**
 * The matter's reason that `typed` names: the same text, ignoring case and spacing, or the one reason that
 * contains it ("552.117" names "Tex. Gov't Code § 552.117 (employee personal information)"). Undefined when
 * none or several match.
 */
const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s’']+/g, ' ')
    .trim();

/** The reasons a typed reason could mean: the one it names exactly, else every one it is a part of. */
function reasonsMatching(reasons: readonly string[], typed: string): string[] {
  const wanted = squash(typed);
  if (!wanted) return [];
  const exact = reasons.find((r) => squash(r) === wanted);
  if (exact) return [exact];
  return reasons.filter((r) => squash(r).includes(wanted));
}

export function findReason(reasons: readonly string[], typed: string): string | undefined {
  const matching = reasonsMatching(reasons, typed);
  return matching.length === 1 ? matching[0] : undefined;
}

/** Why a typed reason cannot be used as it is: it is a part of several reasons in the list. */
export function ambiguousReasonProblem(reasons: readonly string[], typed: string): string | undefined {
  const matching = reasonsMatching(reasons, typed);
  if (matching.length < 2) return undefined;
  return `"${typed.trim()}" is part of ${matching.length} reasons in the matter's list (${matching.map((r) => `"${r}"`).join(', ')}); give more of the one you mean, or the whole reason. Nothing was changed.`;
}
