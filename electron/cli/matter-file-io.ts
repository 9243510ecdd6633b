// Opening and saving .cdesk files for the commands that change them. Opening reads with the CLI's messages and
// parses with the function the app's MatterFiles.open uses; saving is MatterFiles.save itself (atomic, with
// the previous version kept as <name>.cdesk.bak), so a file the CLI saves is exactly a file the app saves.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { MatterFile } from '../../core/matter-file/matter-file';
import { MATTER_FILE_FORMAT } from '../../core/matter-file/matter-file';
import { parseMatterFileText } from '../../core/matter-file/parse-matter-file';
import { MATTER_EXTENSION, MatterFiles } from '../services/matter-files';
import { CliError } from './cli-error';
import { readTextFile } from './read-input';

/** A matter JSON handed where a .cdesk file belongs: say how to make one from it. */
function matterJsonInstead(text: string, file: string): CliError | undefined {
  try {
    const json = JSON.parse(text.replace(/^\uFEFF/, '')) as { format?: unknown; schemaVersion?: unknown };
    if (json.format === MATTER_FILE_FORMAT || json.schemaVersion === undefined) return undefined;
  } catch {
    return undefined;
  }
  const out = `${file.replace(/\.json$/i, '')}${MATTER_EXTENSION}`;
  return new CliError(
    `${path.basename(file)} is a matter JSON, not a .cdesk matter file. Make one from it first: counsel-desk new --from ${file} --out ${out}`,
  );
}

export async function openMatterFile(file: string): Promise<MatterFile> {
  const text = await readTextFile(file, 'matter file');
  const instead = matterJsonInstead(text, file);
  if (instead) throw instead;
  return parseMatterFileText(text, path.basename(file));
}

/** Where MatterFiles.save writes: the name as given, with `.cdesk` added when it has no extension. */
export const saveTarget = (file: string): string =>
  path.extname(file) ? file : `${file}${MATTER_EXTENSION}`;

/** Saves as the app saves; first checks the folder, so a failure is told in the CLI's words. */
export async function saveMatterFile(file: string, matterFile: MatterFile): Promise<string> {
  const target = saveTarget(file);
  const dir = path.dirname(path.resolve(target));
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new CliError(
      `Cannot save ${target}: the folder ${dir} does not exist. Create it or choose another name.`,
    );
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new CliError(`Cannot save ${target}: the folder ${dir} is not writable. Check its permissions.`);
  }
  return (await new MatterFiles().save(target, matterFile)).path;
}
