// `counsel-desk redline <file.cdesk> --draft <title|id> --from <n> [--to <n>] --out <file.docx>`: a DOCX with
// every change from version --from to version --to (default: the current draft, bound to the matter now) as
// Word tracked changes. The export is recorded in the matter's history (file name and SHA-256).
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeStats } from '../../../core/versions/compare-versions';
import { redlineDocx, redlineSide } from '../../services/redline-export';
import { TemplateService } from '../../services/template-service';
import { usageError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { openMatterFile, saveMatterFile } from '../matter-file-io';
import { parseCommandArgs } from '../parse-command-args';
import { templatesDir } from '../templates-dir';
import { versionedDraft, versionNumber } from '../versioned-draft';
import { writeOutput } from '../write-output';

const EXAMPLE = 'counsel-desk redline m.cdesk --draft "Substantive response" --from 2 --out redline.docx';

function parseRedlineArgs(args: string[]) {
  const { values, positionals } = parseCommandArgs(() =>
    parseArgs({
      args,
      options: {
        draft: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
      },
      allowPositionals: true,
    }),
  );
  const [file, ...extra] = positionals;
  if (!file) throw usageError(`redline needs the matter file, e.g. ${EXAMPLE}`);
  if (extra.length > 0) throw usageError(`redline takes one matter file; also got: ${extra.join(' ')}`);
  if (!values.draft) throw usageError(`redline needs --draft <title or id>, e.g. ${EXAMPLE}`);
  if (!values.from)
    throw usageError(`redline needs --from <version> (counsel-desk versions lists them), e.g. ${EXAMPLE}`);
  if (!values.out) throw usageError(`redline needs --out <file.docx>, e.g. ${EXAMPLE}`);
  if (path.extname(values.out).toLowerCase() !== '.docx')
    throw usageError(`--out ${values.out}: a redline is a Word document; give a name ending in .docx.`);
  return {
    file,
    draft: values.draft,
    from: versionNumber(values.from, '--from'),
    to: values.to === undefined ? ('current' as const) : versionNumber(values.to, '--to'),
    out: values.out,
  };
}

export async function redlineCommand(args: string[], out: CommandOutput): Promise<number> {
  const request = parseRedlineArgs(args);
  const file = await openMatterFile(request.file);
  const name = path.basename(request.file);
  const draft = versionedDraft(file, request.draft, name);
  const templates = new TemplateService(templatesDir());
  const before = await redlineSide(file, draft, request.from, templates);
  const after = await redlineSide(file, draft, request.to, templates);
  const redline = await redlineDocx(file, before, after);
  await writeOutput(request.out, redline.bytes);
  const changes = describeStats(redline.stats) || 'no changes';
  out.print(`Wrote ${request.out}: ${redline.description} of "${draft.title}": ${changes}.`);
  const exported = {
    id: randomUUID(),
    kind: 'exported' as const,
    at: new Date().toISOString(),
    author: '',
    draftId: draft.id,
    draftTitle: draft.title,
    fileName: path.basename(request.out),
    sha256: createHash('sha256').update(redline.bytes).digest('hex'),
    summary: redline.description.replace(/^Redline/, 'redline'),
  };
  await saveMatterFile(request.file, { ...file, history: [...file.history, exported] });
  out.warn(`Recorded the export in the history of ${name}.`);
  return 0;
}
