// `counsel-desk verify-history <file.cdesk>`: checks that no entry of the history was altered, removed or
// inserted and that every version is the one the history recorded; names the first entry that is not. Exit 1
// when the check fails.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { verifyHistory } from '../../../core/history/verify-history';
import { sha256 } from '../../services/version-save';
import { EXIT_USER_ERROR, usageError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { openMatterFile } from '../matter-file-io';
import { parseCommandArgs } from '../parse-command-args';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function verifyHistoryCommand(args: string[], out: CommandOutput): Promise<number> {
  const { positionals } = parseCommandArgs(() => parseArgs({ args, options: {}, allowPositionals: true }));
  const [file, ...extra] = positionals;
  if (!file)
    throw usageError('verify-history needs the matter file, e.g. counsel-desk verify-history m.cdesk');
  if (extra.length > 0)
    throw usageError(`verify-history takes one matter file; also got: ${extra.join(' ')}`);
  const name = path.basename(file);
  const check = verifyHistory(await openMatterFile(file), sha256);
  if (!check.ok) {
    out.warn(`${name}: ${check.message}`);
    out.warn(
      `The history cannot be trusted from there on; an earlier copy of the file (such as ${name}.bak) shows what it said before.`,
    );
    return EXIT_USER_ERROR;
  }
  out.print(
    `The history of ${name} is intact: ${plural(check.entries, 'entry').replace('entrys', 'entries')} and ${plural(check.versions, 'version')}, each as recorded.`,
  );
  return 0;
}
