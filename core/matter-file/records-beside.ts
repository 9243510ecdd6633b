// A matter JSON (`dallas.json`) may keep its records beside it, in `dallas.records.json`: the records list,
// the exhibit and Bates settings, and the facts its letters start from. The shipped example does, and
// `counsel-desk new --from` reads it the same way the app opens the example.
import { z } from 'zod';
import { exhibitSettingsField } from '../exhibits/exhibit';
import { letterFactsSchema } from '../letter/letter-facts';
import { recordSchema } from '../records/record';

export const recordsBesideSchema = z.object({
  records: z.array(recordSchema).default([]),
  exhibitSettings: exhibitSettingsField,
  /** Facts every new letter of the matter starts from (a delivery line, say); each draft keeps its own. */
  letter: letterFactsSchema.pick({ deliveryLine: true, enclosures: true }).partial().default({}),
});

export type RecordsBeside = z.infer<typeof recordsBesideSchema>;

/** `examples/dallas.json` -> `examples/dallas.records.json`. */
export const recordsFileFor = (matterJsonPath: string): string =>
  matterJsonPath.replace(/(\.json)?$/i, '.records.json');

/** Validates the records file's JSON; a problem is one sentence naming the file and the field. */
export function parseRecordsBeside(
  json: unknown,
  fileName: string,
): { value: RecordsBeside; problem?: undefined } | { value?: undefined; problem: string } {
  const result = recordsBesideSchema.safeParse(json);
  if (result.success) return { value: result.data };
  const issue = result.error.issues[0]!;
  const where = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
  return {
    problem: `${fileName} has a value Counsel Desk cannot read (${where.replace(/^\./, '') || 'the file'}: ${issue.message}).`,
  };
}
