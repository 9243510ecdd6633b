// `counsel-desk draft <file.cdesk> --template <id> [--title <title>]`: generates a draft as the app's Generate
// draft does (TemplateService.newDraft, which keeps the template with it) and saves the file as the app does.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { TemplateService } from '../../services/template-service';
import { usageError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { openMatterFile, saveMatterFile } from '../matter-file-io';
import { parseCommandArgs } from '../parse-command-args';
import { resolveTemplate } from '../resolve-template';
import { templatesDir } from '../templates-dir';

function parseDraftArgs(args: string[]) {
  const { values, positionals } = parseCommandArgs(() =>
    parseArgs({
      args,
      options: { template: { type: 'string' }, title: { type: 'string' } },
      allowPositionals: true,
    }),
  );
  const [file, ...extra] = positionals;
  if (!file)
    throw usageError(
      'draft needs the matter file, e.g. counsel-desk draft m.cdesk --template acknowledgment',
    );
  if (extra.length > 0) throw usageError(`draft takes one matter file; also got: ${extra.join(' ')}`);
  if (!values.template) throw usageError('draft needs --template <id> (counsel-desk templates lists them).');
  if (values.title !== undefined && values.title.trim() === '')
    throw usageError('--title is empty; give the draft a title or leave --title out.');
  return { file, templateId: values.template, title: values.title?.trim() };
}

export async function draftCommand(args: string[], out: CommandOutput): Promise<number> {
  const request = parseDraftArgs(args);
  const file = await openMatterFile(request.file);
  const dir = templatesDir();
  const templates = new TemplateService(dir);
  // Checked first so an unknown id lists the templates there are, as render does.
  resolveTemplate(await templates.load(), request.templateId, dir);
  const draft = await templates.newDraft(request.templateId, file, randomUUID(), request.title);
  await saveMatterFile(request.file, { ...file, drafts: [...file.drafts, draft] });
  out.print(`${draft.id}  ${draft.title}`);
  out.warn(
    `Added the draft to ${path.basename(request.file)} (template ${draft.templateId}, dated ${draft.letter.date}).`,
  );
  return 0;
}
