// The matter named by --matter or `check`: a matter JSON file, or a .cdesk file saved by the app (its matter).
import path from 'node:path';
import { MATTER_FILE_FORMAT } from '../../core/matter-file/matter-file';
import { parseMatterFileText } from '../../core/matter-file/parse-matter-file';
import type { MatterFile } from '../../core/matter-file/matter-file';
import type { Matter } from '../../core/matter/schema';
import { validateMatter } from '../../core/matter/validate-matter';
import type { MatterProblem } from '../../core/matter/validate-matter';
import { CliError } from './cli-error';
import { parseJsonFile, readTextFile } from './read-input';

export type LoadedMatter =
  | { matter: Matter; problems: []; file?: MatterFile }
  | { matter?: undefined; problems: MatterProblem[]; file?: undefined };

const isMatterFile = (file: string, json: unknown): boolean =>
  path.extname(file).toLowerCase() === '.cdesk' ||
  (typeof json === 'object' && json !== null && (json as { format?: unknown }).format === MATTER_FILE_FORMAT);

/** Reads and validates a matter; broken files throw, a matter with wrong values returns its problems. */
export async function loadMatter(file: string): Promise<LoadedMatter> {
  const text = await readTextFile(file, 'matter file');
  const json = parseJsonFile(text, file);
  if (isMatterFile(file, json)) {
    const matterFile = parseMatterFileText(text, path.basename(file));
    return { matter: matterFile.matter, problems: [], file: matterFile };
  }
  const { matter, problems } = validateMatter(json);
  return matter && problems.length === 0 ? { matter, problems: [] } : { problems };
}

/** The matter (and the whole .cdesk file when it is one), or a CliError listing what is wrong with it. */
export async function requireMatter(file: string): Promise<{ matter: Matter; file?: MatterFile }> {
  const loaded = await loadMatter(file);
  if (loaded.matter) return { matter: loaded.matter, file: loaded.file };
  throw new CliError(
    `${path.basename(file)} is not a valid matter (${loaded.problems.length} ${loaded.problems.length === 1 ? 'problem' : 'problems'}). Run "counsel-desk check ${file}" for the list, fix them and try again.`,
    1,
    loaded.problems.map((problem) => problem.message),
  );
}
