// `counsel-desk new --from <matter.json> --out <file.cdesk>`: a new matter file from a matter JSON (a
// version-1 matter is lifted, its records with it). Never overwrites a file.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CliError, usageError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { requireMatter } from '../load-matter';
import { saveMatterFile, saveTarget } from '../matter-file-io';
import { parseCommandArgs } from '../parse-command-args';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function parseNewArgs(args: string[]): { from: string; out: string } {
  const { values, positionals } = parseCommandArgs(() =>
    parseArgs({
      args,
      options: { from: { type: 'string' }, out: { type: 'string' } },
      allowPositionals: true,
    }),
  );
  if (positionals.length > 0)
    throw usageError(`new does not take ${positionals.join(' ')}; name the files with --from and --out.`);
  if (!values.from) throw usageError('new needs --from <matter.json>, the matter to start from.');
  if (!values.out) throw usageError('new needs --out <file.cdesk>, the matter file to create.');
  const ext = path.extname(values.out).toLowerCase();
  if (ext !== '' && ext !== '.cdesk')
    throw usageError(`--out ${values.out}: a matter file's name ends in .cdesk.`);
  return { from: values.from, out: values.out };
}

export async function newCommand(args: string[], out: CommandOutput): Promise<number> {
  const request = parseNewArgs(args);
  const target = saveTarget(request.out);
  if (existsSync(target)) {
    throw new CliError(
      `${target} already exists; new never overwrites a file. Choose another --out, or change that file with "counsel-desk set".`,
    );
  }
  const input = await requireMatter(request.from);
  if (input.saved) {
    throw new CliError(
      `${path.basename(request.from)} is already a matter file; --from takes a matter JSON. Copy the file to start another matter from it.`,
    );
  }
  const saved = await saveMatterFile(target, input.file);
  const { matter, records } = input.file;
  out.print(
    `Created ${saved}: ${matter.title || 'untitled matter'}, ${plural(matter.inquiry.requests.length, 'request')}, ${plural(records.length, 'record')}.`,
  );
  if (input.letter.date || input.letter.deliveryLine) {
    out.warn(
      `The letter date and delivery line of ${path.basename(request.from)} now belong to each letter: set them on a draft with counsel-desk set ${saved} letter.date <YYYY-MM-DD> --draft <title>.`,
    );
  }
  out.print(`Next: counsel-desk draft ${saved} --template <id> (counsel-desk templates lists them).`);
  return 0;
}
