// `counsel-desk compare <before.docx> <after.docx> --out <redline.docx>`: two Word documents from outside the
// matter (the AG's returned markup against the City's letter, say), read by the DOCX importer and written as
// a redline with Word tracked changes. Words only: the importer does not keep formatting.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildRedlineDocx } from '../../../core/docx/redline-docx';
import { describeStats } from '../../../core/versions/compare-versions';
import { authorName } from '../../services/author-name';
import { docxAsBlocks } from '../../services/docx-compare';
import { packDocx } from '../../services/docx-file';
import { CliError, usageError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { parseCommandArgs } from '../parse-command-args';
import { writeOutput } from '../write-output';

const EXAMPLE = 'counsel-desk compare sent.docx returned.docx --out redline.docx';

function parseCompareArgs(args: string[]) {
  const { values, positionals } = parseCommandArgs(() =>
    parseArgs({ args, options: { out: { type: 'string' } }, allowPositionals: true }),
  );
  const [before, after, ...extra] = positionals;
  if (!before || !after) throw usageError(`compare needs two Word documents, e.g. ${EXAMPLE}`);
  if (extra.length > 0) throw usageError(`compare takes two documents; also got: ${extra.join(' ')}`);
  if (!values.out) throw usageError(`compare needs --out <file.docx>, e.g. ${EXAMPLE}`);
  for (const file of [before, after, values.out])
    if (path.extname(file).toLowerCase() !== '.docx')
      throw usageError(`${file}: compare reads and writes Word documents; give names ending in .docx.`);
  return { before, after, out: values.out };
}

async function read(file: string) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `There is no file ${file}.` : `Could not read ${file} (${code ?? 'read failed'}).`,
    );
  }
  try {
    return await docxAsBlocks(bytes);
  } catch (error) {
    throw new CliError(`${file} could not be read as a Word document: ${(error as Error).message}`);
  }
}

export async function compareCommand(args: string[], out: CommandOutput): Promise<number> {
  const request = parseCompareArgs(args);
  const [before, after] = [await read(request.before), await read(request.after)];
  const names = [path.basename(request.before), path.basename(request.after)] as const;
  const description = `Redline of ${names[0]} against ${names[1]}`;
  const { document, stats } = buildRedlineDocx(
    {
      title: `${after.title || names[1]} (redline)`,
      subject: '',
      author: '',
      before: before.blocks,
      after: after.blocks,
      description,
    },
    { author: await authorName(), date: new Date().toISOString() },
  );
  await writeOutput(request.out, await packDocx(document));
  out.print(`Wrote ${request.out}: ${description}: ${describeStats(stats) || 'no changes'}.`);
  return 0;
}
