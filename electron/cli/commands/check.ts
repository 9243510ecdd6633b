// `counsel-desk check <matter>`: validates a matter (a matter JSON, version 1 or 2, or a .cdesk file) and lists
// every problem by field path, every value still marked "[Fill: …]" or "[Confirm: …]" (required or not), and
// every draft of a .cdesk file that could not be read; exit 1 if any.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { damagedDrafts } from '../../../core/matter-file/parse-matter-file';
import { unconfirmedValues } from '../../../core/matter/unconfirmed-values';
import { requiredProblems } from '../../../core/matter/validate-matter';
import { EXIT_USER_ERROR, usageError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { loadMatter } from '../load-matter';
import { parseCommandArgs } from '../parse-command-args';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export async function checkCommand(args: string[], out: CommandOutput): Promise<number> {
  const { positionals } = parseCommandArgs(() => parseArgs({ args, options: {}, allowPositionals: true }));
  const [file, ...extra] = positionals;
  if (!file) throw usageError('check needs the matter file to check, e.g. counsel-desk check matter.json');
  if (extra.length > 0) throw usageError(`check takes one matter file; also got: ${extra.join(' ')}`);

  const loaded = await loadMatter(file);
  const problems = loaded.input ? requiredProblems(loaded.input.file.matter) : loaded.problems;
  const damaged = loaded.input ? damagedDrafts(loaded.input.file) : [];
  const listed = new Set(problems.map((problem) => problem.path));
  const unconfirmed = loaded.input
    ? unconfirmedValues(loaded.input.file.matter, loaded.input.file.records).filter(
        (v) => !listed.has(v.path),
      )
    : [];
  const name = path.basename(file);
  if (problems.length === 0 && damaged.length === 0 && unconfirmed.length === 0) {
    out.print(`${name} is a complete, valid matter.`);
    return 0;
  }
  if (problems.length > 0) {
    const kind = loaded.input ? 'is valid but incomplete' : 'is not a valid matter';
    const lines = problems.map((problem) => `  ${problem.message}`);
    out.warn([`${name} ${kind} (${plural(problems.length, 'problem', 'problems')}):`, ...lines].join('\n'));
  }
  if (unconfirmed.length > 0) {
    const lines = unconfirmed.map((value) => `  ${value.path}: ${value.mark}`);
    const count = plural(unconfirmed.length, 'value', 'values');
    out.warn(
      [`${name} has ${count} still to confirm (marked "[Confirm: …]" or "[Fill: …]"):`, ...lines].join('\n'),
    );
  }
  if (damaged.length > 0) {
    const lines = damaged.map((draft) => `  ${draft.problem}`);
    out.warn(
      [`${name} has ${plural(damaged.length, 'damaged draft', 'damaged drafts')}:`, ...lines].join('\n'),
    );
  }
  out.warn('Fix these in the file (or in Counsel Desk) and run check again.');
  return EXIT_USER_ERROR;
}
