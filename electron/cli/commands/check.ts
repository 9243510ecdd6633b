// `counsel-desk check <matter>`: validates a matter and lists every problem by field path; exit 1 if any.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { requiredProblems } from '../../../core/matter/validate-matter';
import { EXIT_USER_ERROR, usageError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { loadMatter } from '../load-matter';
import { parseCommandArgs } from '../parse-command-args';

export async function checkCommand(args: string[], out: CommandOutput): Promise<number> {
  const { positionals } = parseCommandArgs(() => parseArgs({ args, options: {}, allowPositionals: true }));
  const [file, ...extra] = positionals;
  if (!file) throw usageError('check needs the matter file to check, e.g. counsel-desk check matter.json');
  if (extra.length > 0) throw usageError(`check takes one matter file; also got: ${extra.join(' ')}`);

  const loaded = await loadMatter(file);
  const problems = loaded.matter ? requiredProblems(loaded.matter) : loaded.problems;
  const name = path.basename(file);
  if (problems.length === 0) {
    out.print(`${name} is a complete, valid matter.`);
    return 0;
  }
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const kind = loaded.matter ? 'is valid but incomplete' : 'is not a valid matter';
  out.warn([`${name} ${kind} (${count}):`, ...problems.map((problem) => `  ${problem.message}`)].join('\n'));
  out.warn('Fix these in the file (or in Counsel Desk) and run check again.');
  return EXIT_USER_ERROR;
}
