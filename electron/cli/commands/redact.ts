// `counsel-desk redact <file.cdesk> --record <number|label|id> --text <phrase> --reason <text> [--all-records]`:
// blacks out every occurrence of the phrase in that record (or, with --all-records, in every record produced)
// when the records are produced, with the reason printed on each box. Saved as the app saves; on any error
// nothing is written.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { addPhraseRedaction } from '../../../core/production/add-redaction';
import { findRecord } from '../../../core/production/record-ref';
import { recordViews } from '../../../core/records/record-views';
import { CliError, usageError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { openMatterFile, saveMatterFile } from '../matter-file-io';
import { parseCommandArgs } from '../parse-command-args';
import { libraryDirOf, newId } from '../production-io';
import { LibraryDatabase } from '../../services/library/library-database';
import type { MatterFile } from '../../../core/matter-file/matter-file';

const EXAMPLE = 'counsel-desk redact m.cdesk --record 3 --text "Jane Doe" --reason "552.101"';

function parseRedactArgs(args: string[]) {
  const { values, positionals } = parseCommandArgs(() =>
    parseArgs({
      args,
      options: {
        record: { type: 'string' },
        text: { type: 'string' },
        reason: { type: 'string' },
        library: { type: 'string' },
        'all-records': { type: 'boolean' },
      },
      allowPositionals: true,
    }),
  );
  const [file, ...extra] = positionals;
  if (file === undefined) throw usageError(`redact needs the matter file, e.g. ${EXAMPLE}`);
  if (extra.length > 0)
    throw usageError(
      `redact takes one matter file; put a phrase with spaces in quotes (also got: ${extra.join(' ')}).`,
    );
  if (!values.text?.trim()) throw usageError(`redact needs --text, the phrase to black out, e.g. ${EXAMPLE}`);
  if (!values.reason?.trim())
    throw usageError(`redact needs --reason, the reason printed on each box, e.g. ${EXAMPLE}`);
  const all = values['all-records'] === true;
  if (!all && values.record === undefined)
    throw usageError(
      `redact needs --record (its number, exhibit label or id) or --all-records, e.g. ${EXAMPLE}`,
    );
  if (all && values.record !== undefined)
    throw usageError('give either --record or --all-records, not both.');
  return {
    file,
    record: values.record,
    all,
    text: values.text,
    reason: values.reason,
    library: values.library,
  };
}

/** Excerpts that hold no text of their own (older files) are read from the library, to search them. */
function withLibraryText(file: MatterFile, libraryDir: string): MatterFile {
  if (file.excerpts.every((e) => e.text.trim() !== '' || !e.sourceSha256)) return file;
  const library = LibraryDatabase.open(libraryDir);
  try {
    const excerpts = file.excerpts.map((e) => {
      if (e.text.trim() || !e.sourceSha256) return e;
      const source = library.findBySha256(e.sourceSha256);
      return source ? { ...e, text: library.get(source.id)?.text ?? '' } : e;
    });
    return { ...file, excerpts };
  } finally {
    library.close();
  }
}

export async function redactCommand(args: string[], out: CommandOutput): Promise<number> {
  const request = parseRedactArgs(args);
  const file = await openMatterFile(request.file);
  const name = path.basename(request.file);
  let recordIndex: number | undefined;
  if (!request.all) {
    const found = findRecord(file.records, recordViews(file).all, request.record!);
    if ('problem' in found) throw new CliError(`${found.problem} ${name} was not changed.`);
    recordIndex = found.index;
  }
  const searched = withLibraryText(file, libraryDirOf(request.library));
  const result = addPhraseRedaction(searched, {
    phrase: request.text,
    reason: request.reason,
    recordIndex,
    newId,
  });
  if ('problem' in result) throw new CliError(result.problem);
  if (result.already) {
    out.print(`"${request.text.trim()}" is redacted there already; ${name} was not changed.`);
    return 0;
  }
  // The texts read from the library only served the search; the file keeps its excerpts as they were.
  await saveMatterFile(request.file, { ...result.file, excerpts: file.excerpts });
  if (result.reasonAdded)
    out.print(`The reason "${result.reason}" was added to the matter's list of reasons.`);
  for (const hit of result.hits) {
    const record = result.file.records[hit.index]!;
    out.print(
      `Record ${hit.index + 1} (${record.description}): ${hit.count} occurrence${hit.count === 1 ? '' : 's'} to black out, reason "${result.reason}"; status ${record.status}.`,
    );
  }
  for (const index of result.producedBefore)
    out.warn(
      `note      record ${index + 1} went out already (${file.records[index]!.produced!.volume}); produce it again with counsel-desk produce --again to send it redacted.`,
    );
  return 0;
}
