// `counsel-desk search <query> [--library <dir>] [--limit n] [--json]`: ranked passages with snippets.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN } from '../../../core/library/library-types';
import { defaultLibraryDir } from '../../services/library/library-dir';
import { LIBRARY_FILE_NAME, LibraryDatabase } from '../../services/library/library-database';
import { assertLibraryFolder } from '../../services/library/library-open-error';
import { CliError, usageError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { parseCommandArgs } from '../parse-command-args';

const emptyLibrary = (dir: string) =>
  new CliError(
    `The library in ${dir} is empty: nothing has been imported into it yet. Import files first with counsel-desk import <files or folders…> (the sample policies: counsel-desk import examples/policies), or name another library with --library <dir>.`,
  );

export async function searchCommand(args: string[], out: CommandOutput): Promise<number> {
  const { values, positionals } = parseCommandArgs(() =>
    parseArgs({
      args,
      options: { library: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: true,
    }),
  );
  const query = positionals.join(' ').trim();
  if (!query) throw usageError('search needs words to look for, e.g. counsel-desk search "detainer request"');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200)
    throw usageError('--limit takes a whole number from 1 to 200');
  const dir = values.library ?? defaultLibraryDir();
  // Not opened when absent: opening would create an empty library where the person may have mistyped a folder.
  assertLibraryFolder(dir); // a --library that is a file is named as one, not called empty
  if (!existsSync(path.join(dir, LIBRARY_FILE_NAME))) throw emptyLibrary(dir);
  const library = LibraryDatabase.open(dir);
  try {
    const hits = library.search(query, limit);
    if (hits.length === 0 && library.list().length === 0) throw emptyLibrary(dir);
    if (values.json) {
      out.print(JSON.stringify(hits, null, 2));
      return 0;
    }
    if (hits.length === 0) {
      out.warn(`Nothing in the library matches "${query}".`);
      return 0;
    }
    hits.forEach((hit, index) => {
      const where = [hit.identifier, hit.section, `p. ${hit.page}`].filter(Boolean).join(', ');
      const snippet = hit.snippet
        .replace(/\s+/g, ' ')
        .split(HIGHLIGHT_OPEN)
        .join('[')
        .split(HIGHLIGHT_CLOSE)
        .join(']');
      out.print(`${index + 1}. ${hit.title} (${where})  [${hit.sourceId}]`);
      out.print(`   ${snippet}`);
    });
    return 0;
  } finally {
    library.close();
  }
}
