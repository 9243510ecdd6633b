// `counsel-desk produce <file.cdesk> --out <dir> [--zip] [--again] [--load-files] [--library DIR]`: writes the
// next production volume (Bates-stamped records, redactions burned in, index, privilege log, optional DAT/OPT
// load files, manifest) into a folder named for it, and records it in the matter. A failure leaves no volume behind and the matter file unchanged.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { produceVolume } from '../../services/production/produce-volume';
import { usageError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { openMatterFile, saveMatterFile } from '../matter-file-io';
import { parseCommandArgs } from '../parse-command-args';
import { asCliError, libraryDirOf, withPrinter } from '../production-io';
import { templatesDir } from '../templates-dir';

/** The templates folder for a cover letter from an older file; a production does not need it otherwise. */
function templatesFolder(): { templatesDir?: string } {
  try {
    return { templatesDir: templatesDir() };
  } catch {
    return {};
  }
}

export async function produceCommand(args: string[], out: CommandOutput): Promise<number> {
  const { values, positionals } = parseCommandArgs(() =>
    parseArgs({
      args,
      options: {
        out: { type: 'string' },
        zip: { type: 'boolean' },
        again: { type: 'boolean' },
        'load-files': { type: 'boolean' },
        library: { type: 'string' },
      },
      allowPositionals: true,
    }),
  );
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0 || !values.out)
    throw usageError(
      'produce needs the matter file and --out, the folder to write the volume in, e.g. counsel-desk produce m.cdesk --out productions/',
    );
  const matter = await openMatterFile(file);
  const name = path.basename(file);
  const outcome = await withPrinter((printer) =>
    produceVolume({
      file: matter,
      libraryDir: libraryDirOf(values.library),
      outDir: path.resolve(values.out!),
      zip: values.zip === true,
      again: values.again === true,
      loadFiles: values['load-files'] === true,
      ...templatesFolder(),
      printer,
      onRecord: (done, total) => {
        if (total >= 20 && done % 10 === 0) out.warn(`  ${done} of ${total} records`);
      },
    }),
  ).catch((error: unknown) => {
    throw asCliError(error, `Nothing was written and ${name} was not changed.`);
  });
  try {
    await saveMatterFile(file, outcome.file);
  } catch (error) {
    await outcome.undo();
    throw error;
  }
  const p = outcome.production;
  for (const note of outcome.notes) out.warn(`note      ${note}`);
  const pictures = new Map(outcome.imagePages.map((p) => [p.name, new Set(p.labels)]));
  for (const { name: record, labels } of outcome.redactedPages) {
    const asImages = labels.filter((label) => pictures.get(record)?.has(label));
    const cleaned = labels.filter((label) => !asImages.includes(label));
    if (cleaned.length > 0)
      out.warn(
        `redacted  ${record}: ${cleaned.join(', ')} (the text under each box removed; the rest of the page can still be searched)`,
      );
    if (asImages.length > 0)
      out.warn(
        `redacted  ${record}: ${asImages.join(', ')} produced as images of the page (redactions burned in; their text cannot be searched or copied)`,
      );
  }
  out.print(
    `${p.volume}: ${p.recordIds.length} record${p.recordIds.length === 1 ? '' : 's'}, ${p.pages} page${p.pages === 1 ? '' : 's'}${p.batesFirst ? `, ${p.batesFirst} – ${p.batesLast}` : ''}; ${p.withheldIds.length} withheld in full, in the privilege log.`,
  );
  out.print(
    `Written to ${outcome.folder}${outcome.zip ? ` and ${outcome.zip}` : ''}; manifest SHA-256 ${p.manifestSha256}.`,
  );
  out.print(
    `Recorded in ${name}; the next production continues after ${p.batesLast || 'the last number used'}.`,
  );
  return 0;
}
