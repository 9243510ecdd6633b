// `counsel-desk redact <file.cdesk> (--record <number|label|id> | --all-records) (--text <phrase> | --box
// <page>:<x>,<y>,<w>,<h>) --reason <text>`: blacks out every occurrence of the phrase in that record (or in
// every record produced), or a box on one page, when the records are produced, with the reason printed on it.
// Saved as the app saves; on any error nothing is written.
import path from 'node:path';
import type { MatterFile } from '../../../core/matter-file/matter-file';
import { addBoxRedaction, addPhraseRedaction } from '../../../core/production/add-redaction';
import { findRecord } from '../../../core/production/record-ref';
import { recordViews } from '../../../core/records/record-views';
import { LibraryDatabase } from '../../services/library/library-database';
import { CliError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { openMatterFile, saveMatterFile } from '../matter-file-io';
import { libraryDirOf, newId } from '../production-io';
import { parseRedactArgs, type RedactArgs } from '../redact-args';

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

const reasonNote = (reason: string) => `The reason "${reason}" was added to the matter's list of reasons.`;

async function redactBox(
  request: RedactArgs,
  file: MatterFile,
  index: number,
  out: CommandOutput,
): Promise<number> {
  const { page, rect } = request.box!;
  const result = addBoxRedaction(file, { recordIndex: index, page, rect, reason: request.reason, newId });
  if ('problem' in result)
    throw new CliError(`${result.problem} ${path.basename(request.file)} was not changed.`);
  await saveMatterFile(request.file, result.file);
  if (result.reasonAdded) out.print(reasonNote(result.reason));
  const record = result.file.records[index]!;
  out.print(
    `Record ${index + 1} (${record.description}): a box on page ${page} to black out, reason "${result.reason}"; status ${record.status}.`,
  );
  if (record.produced)
    out.warn(
      `note      record ${index + 1} went out already (${record.produced.volume}); produce it again with counsel-desk produce --again to send it redacted.`,
    );
  return 0;
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
  if (request.box) return redactBox(request, file, recordIndex!, out);
  const searched = withLibraryText(file, libraryDirOf(request.library));
  const result = addPhraseRedaction(searched, {
    phrase: request.text!,
    reason: request.reason,
    recordIndex,
    newId,
  });
  if ('problem' in result) throw new CliError(result.problem);
  if (result.already) {
    out.print(`"${request.text!.trim()}" is redacted there already; ${name} was not changed.`);
    return 0;
  }
  // The texts read from the library only served the search; the file keeps its excerpts as they were.
  await saveMatterFile(request.file, { ...result.file, excerpts: file.excerpts });
  if (result.reasonAdded) out.print(reasonNote(result.reason));
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
