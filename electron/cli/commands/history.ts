// `counsel-desk history <file.cdesk> [--csv]`: the matter's audit trail, one entry a line (number, time, author,
// what happened), or as CSV with every field and fingerprint for a spreadsheet or an auditor.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeEntry } from '../../../core/history/describe-entry';
import { historyCsv, timeText } from '../../../core/history/history-csv';
import { isSealed } from '../../../core/history/history-entry';
import { usageError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { openMatterFile } from '../matter-file-io';
import { parseCommandArgs } from '../parse-command-args';

function parseHistoryArgs(args: string[]) {
  const { values, positionals } = parseCommandArgs(() =>
    parseArgs({ args, options: { csv: { type: 'boolean' } }, allowPositionals: true }),
  );
  const [file, ...extra] = positionals;
  if (!file) throw usageError('history needs the matter file, e.g. counsel-desk history m.cdesk');
  if (extra.length > 0) throw usageError(`history takes one matter file; also got: ${extra.join(' ')}`);
  return { file, csv: values.csv === true };
}

export async function historyCommand(args: string[], out: CommandOutput): Promise<number> {
  const request = parseHistoryArgs(args);
  const file = await openMatterFile(request.file);
  if (request.csv) {
    out.print(historyCsv(file.history).replace(/\r\n$/, ''));
    return 0;
  }
  if (file.history.length === 0) {
    out.warn(
      `${path.basename(request.file)} has no history yet: it was saved before Counsel Desk kept one. The next save starts it.`,
    );
    return 0;
  }
  file.history.forEach((entry, index) => {
    const unsealed = isSealed(entry) ? '' : '  (not sealed by a save)';
    out.print(
      `${index + 1}  ${timeText(entry.at)}  ${entry.author || '(unknown)'}  ${describeEntry(entry)}${unsealed}`,
    );
  });
  return 0;
}
