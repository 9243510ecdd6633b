// The matter named by --matter, --from or `check`: a matter JSON file (version 2, or version 1 lifted to it with
// its records) or a .cdesk file saved by the app. Either way the commands get a matter file to work on.
import path from 'node:path';
import { liftMatterV1 } from '../../core/matter-file/migrate-file';
import { MATTER_FILE_FORMAT, newMatterFile } from '../../core/matter-file/matter-file';
import type { MatterFile } from '../../core/matter-file/matter-file';
import { parseMatterFileText } from '../../core/matter-file/parse-matter-file';
import type { LetterFacts } from '../../core/letter/letter-facts';
import { validateMatter } from '../../core/matter/validate-matter';
import type { MatterProblem } from '../../core/matter/validate-matter';
import { CliError } from './cli-error';
import { liftedProblems } from './lifted-matter-problems';
import { readRecordsBeside } from '../services/records-beside-file';
import { DeskError } from '../../core/api/result';
import { parseJsonFile, readTextFile } from './read-input';

export interface MatterInput {
  /** The matter with its records; a matter JSON becomes a new, unsaved matter file. */
  file: MatterFile;
  /** Read from a .cdesk file (so it may have drafts), not from a matter JSON. */
  saved: boolean;
  /** A version-1 matter JSON's letter date and delivery line, for letters rendered from it. */
  letter: Partial<LetterFacts>;
}

export type LoadedMatter =
  { input: MatterInput; problems: [] } | { input?: undefined; problems: MatterProblem[] };

const isMatterFile = (file: string, json: unknown): boolean =>
  path.extname(file).toLowerCase() === '.cdesk' ||
  (typeof json === 'object' && json !== null && (json as { format?: unknown }).format === MATTER_FILE_FORMAT);

/** The letter facts a version-1 matter held, without empty ones (a new letter is dated today otherwise). */
const nonEmpty = (letter: { date: string; deliveryLine: string }): Partial<LetterFacts> =>
  Object.fromEntries(Object.entries(letter).filter(([, value]) => value !== '')) as Partial<LetterFacts>;

function fromMatterJson(json: unknown): LoadedMatter {
  const lifted = liftMatterV1(json);
  if (!lifted) {
    const { matter, problems } = validateMatter(json);
    if (!matter || problems.length > 0) return { problems };
    return { input: { file: newMatterFile(matter), saved: false, letter: {} }, problems: [] };
  }
  const checked = liftedProblems(json, lifted);
  const { matter, problems } = validateMatter(lifted.matter);
  const all = [...checked.problems, ...problems];
  if (!matter || all.length > 0) return { problems: all };
  const file = { ...newMatterFile(matter), records: checked.records };
  return { input: { file, saved: false, letter: nonEmpty(lifted.letter) }, problems: [] };
}

/** Reads and validates a matter; broken files throw, a matter with wrong values returns its problems. */
export async function loadMatter(file: string): Promise<LoadedMatter> {
  const text = await readTextFile(file, 'matter file');
  const json = parseJsonFile(text, file);
  if (isMatterFile(file, json)) {
    const matterFile = parseMatterFileText(text, path.basename(file));
    return { input: { file: matterFile, saved: true, letter: {} }, problems: [] };
  }
  const loaded = fromMatterJson(json);
  return loaded.input ? { input: await withRecordsBeside(file, loaded.input), problems: [] } : loaded;
}

/** A matter JSON's records kept beside it (`x.records.json`), as the app opens the shipped example. */
async function withRecordsBeside(file: string, input: MatterInput): Promise<MatterInput> {
  let beside;
  try {
    beside = await readRecordsBeside(file);
  } catch (error) {
    if (error instanceof DeskError) throw new CliError(error.message);
    throw error;
  }
  if (!beside) return input;
  const records = [...input.file.records, ...beside.records];
  return {
    ...input,
    file: { ...input.file, records, exhibitSettings: beside.exhibitSettings, letterDefaults: beside.letter },
  };
}

/** The matter, or a CliError listing what is wrong with it. */
export async function requireMatter(file: string): Promise<MatterInput> {
  const loaded = await loadMatter(file);
  if (loaded.input) return loaded.input;
  const count = loaded.problems.length;
  throw new CliError(
    `${path.basename(file)} is not a valid matter (${count} ${count === 1 ? 'problem' : 'problems'}). Run "counsel-desk check ${file}" for the list, fix them and try again.`,
    1,
    loaded.problems.map((problem) => problem.message),
  );
}
