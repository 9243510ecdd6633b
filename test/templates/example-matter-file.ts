// The shipped Dallas example as the template tests use it: the bare matter (examples/dallas-ag-inquiry.json)
// with the records, exhibit settings and letter facts kept beside it (dallas-ag-inquiry.records.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LetterFacts } from '../../core/letter/letter-facts';
import {
  MATTER_FILE_FORMAT,
  MATTER_FILE_VERSION,
  matterFileSchema,
  type MatterFile,
} from '../../core/matter-file/matter-file';
import type { Matter } from '../../core/matter/schema';
import { validateMatter } from '../../core/matter/validate-matter';

const EXAMPLES = path.resolve(import.meta.dirname, '../../examples');

const readJson = (name: string): unknown => JSON.parse(readFileSync(path.join(EXAMPLES, name), 'utf8'));

/** The example matter, validated; throws with the problems when it does not fit the schema. */
export function exampleMatter(): Matter {
  const checked = validateMatter(readJson('dallas-ag-inquiry.json'));
  if (!checked.matter)
    throw new Error(`The example matter is invalid: ${checked.problems.map((p) => p.message).join('; ')}`);
  return checked.matter;
}

interface ExampleParts {
  records: unknown[];
  exhibitSettings: unknown;
  letter: Partial<LetterFacts>;
}

const parts = (): ExampleParts => readJson('dallas-ag-inquiry.records.json') as ExampleParts;

/** The example as a matter file: the matter with its records and Bates settings. */
export function exampleFile(matter: Matter = exampleMatter()): MatterFile {
  const { records, exhibitSettings } = parts();
  return matterFileSchema.parse({
    format: MATTER_FILE_FORMAT,
    fileVersion: MATTER_FILE_VERSION,
    matter,
    records,
    exhibitSettings,
  });
}

/** A fixed date for the example's letters, so a test never depends on the day it runs. */
export const EXAMPLE_LETTER_DATE = '2025-03-28';

/** The letter facts the example's letters start from (its delivery line), dated EXAMPLE_LETTER_DATE. */
export const exampleLetter = (): Partial<LetterFacts> => ({ ...parts().letter, date: EXAMPLE_LETTER_DATE });
