// `counsel-desk import <files…> [--library <dir>]`: adds policy files to the library and prints, per file,
// its id, title and page count (or why it was refused). Exit 1 when any file failed.
import { parseArgs } from 'node:util';
import { importFiles } from '../../services/library/import-files';
import { defaultLibraryDir } from '../../services/library/library-dir';
import { LibraryDatabase } from '../../services/library/library-database';
import { EXIT_USER_ERROR, usageError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { parseCommandArgs } from '../parse-command-args';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function importCommand(args: string[], out: CommandOutput): Promise<number> {
  const { values, positionals } = parseCommandArgs(() =>
    parseArgs({ args, options: { library: { type: 'string' } }, allowPositionals: true }),
  );
  if (positionals.length === 0) {
    throw usageError('import needs at least one file, e.g. counsel-desk import policies/*.pdf');
  }
  const dir = values.library ?? defaultLibraryDir();
  const library = LibraryDatabase.open(dir);
  try {
    const outcomes = await importFiles(library, positionals, (progress) => {
      if (progress.pageCount > 20 && progress.page % 50 === 0 && progress.page > 0) {
        out.warn(`  ${progress.fileName}: page ${progress.page} of ${progress.pageCount}`);
      }
    });
    let failed = 0;
    for (const outcome of outcomes) {
      if (outcome.status === 'failed') {
        failed++;
        out.warn(`failed    ${outcome.message}`);
        continue;
      }
      const { id, title, pageCount } = outcome.source;
      const note = outcome.status === 'already-in-library' ? ' (already in the library)' : '';
      out.print(`${id}  ${title}  ${plural(pageCount, 'page')}${note}`);
    }
    const imported = outcomes.length - failed;
    out.warn(
      `${plural(imported, 'file')} in the library at ${library.file}${failed ? `; ${failed} failed` : ''}.`,
    );
    return failed > 0 ? EXIT_USER_ERROR : 0;
  } finally {
    library.close();
  }
}
