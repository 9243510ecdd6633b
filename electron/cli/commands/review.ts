// `counsel-desk review <file.cdesk> --draft <title|id> [--json]`: everything still wrong with a draft bound to
// the matter as it is now, one problem a line, severity first; exit 1 while a stop remains.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { TemplateService } from '../../services/template-service';
import { EXIT_USER_ERROR, usageError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { findReadableDraft } from '../find-draft';
import { openMatterFile } from '../matter-file-io';
import { parseCommandArgs } from '../parse-command-args';
import { describeProblem } from '../print-problems';
import { cliBindOptions } from '../review-options';
import { templatesDir } from '../templates-dir';

const EXAMPLE = 'counsel-desk review m.cdesk --draft "Substantive response"';

function parseReviewArgs(args: string[]) {
  const { values, positionals } = parseCommandArgs(() =>
    parseArgs({
      args,
      options: { draft: { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: true,
    }),
  );
  const [file, ...extra] = positionals;
  if (!file) throw usageError(`review needs the matter file and a draft, e.g. ${EXAMPLE}`);
  if (extra.length > 0) throw usageError(`review takes one matter file; also got: ${extra.join(' ')}`);
  if (!values.draft) throw usageError(`review needs --draft <title or id>, e.g. ${EXAMPLE}`);
  return { file, draft: values.draft, json: values.json === true };
}

export async function reviewCommand(args: string[], out: CommandOutput): Promise<number> {
  const request = parseReviewArgs(args);
  const file = await openMatterFile(request.file);
  const draft = findReadableDraft(file, request.draft, path.basename(request.file));
  const bound = await new TemplateService(templatesDir()).bind(file, draft, cliBindOptions());
  const { problems } = bound;
  if (request.json) {
    const listed = problems.map(({ kind, severity, message, path: at, recordId }) => ({
      kind,
      severity,
      message,
      ...(at ? { path: at } : {}),
      ...(recordId ? { recordId } : {}),
    }));
    out.print(JSON.stringify(listed, null, 2));
  } else if (problems.length === 0) {
    out.print(`"${draft.title}" is ready to send: the review found nothing to fix.`);
  } else {
    for (const problem of problems) out.print(describeProblem(problem));
  }
  return problems.some((problem) => problem.severity === 'stop') ? EXIT_USER_ERROR : 0;
}
