// `counsel-desk records add <file.cdesk> <files…> [--request N] [--status …] [--basis TEXT] [--library DIR]`
// adds files to the matter's records (imported into the library when needed, an email with its
// attachments); `counsel-desk records list <file.cdesk>` lists them with their numbers. Saved as the app
// saves; on any error nothing is written.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseRequestNumbers, type RecordStatus } from '../../../core/records/record';
import { recordViews } from '../../../core/records/record-views';
import { LibraryDatabase } from '../../services/library/library-database';
import { addRecords } from '../../services/production/add-records';
import { CliError, usageError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { openMatterFile, saveMatterFile } from '../matter-file-io';
import { parseCommandArgs } from '../parse-command-args';
import { asCliError, libraryDirOf, newId, withPrinter } from '../production-io';

const ADDABLE: RecordStatus[] = ['produced', 'withheld', 'partly-withheld'];

function parseAddArgs(args: string[]) {
  const { values, positionals } = parseCommandArgs(() =>
    parseArgs({
      args,
      options: {
        request: { type: 'string', multiple: true },
        status: { type: 'string' },
        basis: { type: 'string' },
        library: { type: 'string' },
      },
      allowPositionals: true,
    }),
  );
  const [file, ...files] = positionals;
  if (file === undefined || files.length === 0)
    throw usageError(
      'records add needs the matter file and at least one file, e.g. counsel-desk records add m.cdesk memo.pdf --request 2',
    );
  const status = (values.status ?? 'produced') as RecordStatus;
  if (!ADDABLE.includes(status))
    throw usageError(`--status must be one of ${ADDABLE.join(', ')} (got "${values.status}").`);
  if (status !== 'produced' && !values.basis?.trim())
    throw usageError(
      `a record ${status} needs --basis, the privilege or exception asserted, e.g. --basis "TRE 503 attorney-client"`,
    );
  return {
    file,
    files,
    status,
    basis: values.basis?.trim() ?? '',
    requests: (values.request ?? []).flatMap(parseRequestNumbers),
    library: values.library,
  };
}

async function addCommand(args: string[], out: CommandOutput): Promise<number> {
  const request = parseAddArgs(args);
  const file = await openMatterFile(request.file);
  const name = path.basename(request.file);
  const known = file.matter.inquiry.requests.map((r) => r.number);
  const unknown = request.requests.filter((n) => !known.includes(n));
  if (unknown.length > 0)
    throw new CliError(
      `The matter has no request ${unknown.join(', ')} (its requests: ${known.join(', ') || 'none yet'}); ${name} was not changed.`,
    );
  const libraryDir = libraryDirOf(request.library);
  const library = LibraryDatabase.open(libraryDir);
  try {
    const outcome = await withPrinter((printer) =>
      addRecords({
        file,
        library,
        libraryDir,
        paths: request.files,
        status: request.status,
        basis: request.basis,
        requestNumbers: request.requests,
        printer,
        newId,
      }),
    ).catch((error: unknown) => {
      throw asCliError(error, `${name} was not changed.`);
    });
    for (const note of outcome.notes) out.warn(`note      ${note}`);
    if (outcome.added.length === 0) {
      out.print(`Nothing was added; ${name} was not changed.`);
      return 0;
    }
    await saveMatterFile(request.file, outcome.file);
    for (const { number, record } of outcome.added)
      out.print(
        `${number}  ${record.description}  ${record.printedPages} page${record.printedPages === 1 ? '' : 's'}  ${record.status}`,
      );
    out.print(`Added ${outcome.added.length} record${outcome.added.length === 1 ? '' : 's'} to ${name}.`);
    return 0;
  } finally {
    library.close();
  }
}

async function listCommand(args: string[], out: CommandOutput): Promise<number> {
  const [file, ...extra] = args;
  if (file === undefined || extra.length > 0)
    throw usageError('records list takes the matter file, e.g. counsel-desk records list m.cdesk');
  const matter = await openMatterFile(file);
  const views = recordViews(matter);
  if (views.all.length === 0)
    out.print('The matter has no records yet; add them with counsel-desk records add.');
  for (const v of views.all)
    out.print(
      [
        v.number,
        v.exhibitLabel && `Exhibit ${v.exhibitLabel}`,
        v.status,
        `${v.pages} p.`,
        v.batesRange,
        v.description,
      ]
        .filter(Boolean)
        .join('  '),
    );
  return 0;
}

export async function recordsCommand(args: string[], out: CommandOutput): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'add') return addCommand(rest, out);
  if (sub === 'list') return listCommand(rest, out);
  throw usageError(
    `records takes add or list${sub ? ` (got "${sub}")` : ''}, e.g. counsel-desk records add m.cdesk memo.pdf`,
  );
}
