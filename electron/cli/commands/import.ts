// `counsel-desk import <files or folders…> [--custodian <name>] [--library <dir>]`: adds documents and mail
// (.eml, .msg, mbox, .pst; folders walked recursively) to the library. Prints, per file or message, its id,
// title and page count; reports progress while a long import runs; ends with a summary (imported,
// duplicates, failed with reasons). Exit 1 when any item failed, after importing the rest.
import { parseArgs } from 'node:util';
import type { BatchProgress, ImportSummary } from '../../../core/library/library-types';
import { defaultLibraryDir } from '../../services/library/library-dir';
import { LibraryDatabase } from '../../services/library/library-database';
import { runImport } from '../../services/library/mail/import-run';
import { EXIT_USER_ERROR, usageError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { parseCommandArgs } from '../parse-command-args';

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
const PROGRESS_EVERY_MS = 2000;

const seconds = (ms: number) =>
  ms < 60_000 ? `${Math.ceil(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`;

export function progressLine(p: BatchProgress): string {
  const left = p.remainingMs >= 0 ? `; about ${seconds(p.remainingMs)} left` : '';
  return `  ${p.done.toLocaleString('en-US')} done, reading ${p.current}${left}`;
}

export function summaryLines(summary: ImportSummary, where: string): string[] {
  const lines = [
    `${summary.cancelled ? 'Stopped' : 'Done'} in ${seconds(summary.elapsedMs)}: ${plural(summary.imported, 'item')} imported` +
      ` (with ${plural(summary.attachments, 'attachment')}), ${plural(summary.duplicates, 'duplicate')} already in the library,` +
      ` ${summary.failed.length.toLocaleString('en-US')} failed. Library: ${where}.`,
  ];
  if (summary.skipped > 0)
    lines.push(`${plural(summary.skipped, 'file')} of other kinds in the folders left alone.`);
  for (const warning of summary.warnings) lines.push(`note      ${warning}`);
  for (const failure of summary.failed) lines.push(`failed    ${failure.message}`);
  return lines;
}

export async function importCommand(args: string[], out: CommandOutput): Promise<number> {
  const { values, positionals } = parseCommandArgs(() =>
    parseArgs({
      args,
      options: { library: { type: 'string' }, custodian: { type: 'string' } },
      allowPositionals: true,
    }),
  );
  if (positionals.length === 0) {
    throw usageError(
      'import needs at least one file or folder, e.g. counsel-desk import policies/*.pdf or counsel-desk import exports/ --custodian "Ana Ruiz"',
    );
  }
  if (values.custodian !== undefined && !values.custodian.trim()) {
    throw usageError('--custodian needs the name of the person whose mailbox or files these are');
  }
  const library = LibraryDatabase.open(values.library ?? defaultLibraryDir());
  let lastProgress = Date.now();
  try {
    const { summary } = await runImport(library, positionals, {
      custodian: values.custodian,
      onOutcome: (outcome) => {
        if (outcome.status === 'failed') return out.warn(`failed    ${outcome.message}`);
        const { id, title, pageCount } = outcome.source;
        const note =
          outcome.status === 'imported'
            ? ''
            : ` (already in the library${outcome.status === 'duplicate' ? ': the same message' : ''})`;
        out.print(`${id}  ${title}  ${plural(pageCount, 'page')}${note}`);
      },
      onProgress: (progress) => {
        if (Date.now() - lastProgress < PROGRESS_EVERY_MS) return;
        lastProgress = Date.now();
        out.warn(progressLine(progress));
      },
      onPage: (fileName, page, pageCount) => {
        if (pageCount > 20 && page % 50 === 0 && page > 0)
          out.warn(`  ${fileName}: page ${page} of ${pageCount}`);
      },
    });
    // Failures were named as they happened; the summary repeats them at the end, where they are read.
    for (const line of summaryLines(summary, library.file)) out.warn(line);
    return summary.failed.length > 0 ? EXIT_USER_ERROR : 0;
  } finally {
    library.close();
  }
}
