// `counsel-desk status <file.cdesk> [--json]`: per draft, whether it is up to date with the matter, what awaits
// review and what is missing, from the same bind the app's editor and export run. A report: exit 0.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DeskError } from '../../../core/api/result';
import type { Draft, MatterFile } from '../../../core/matter-file/matter-file';
import type { BindProblem } from '../../../core/pipeline/bind-draft';
import { TemplateService } from '../../services/template-service';
import { usageError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { openMatterFile } from '../matter-file-io';
import { parseCommandArgs } from '../parse-command-args';
import { describeProblem } from '../print-problems';
import { cliBindOptions } from '../review-options';
import { templatesDir } from '../templates-dir';

export interface DraftStatus {
  id: string;
  title: string;
  templateId: string;
  letterDate: string;
  /** Bound without change and nothing awaiting review. */
  upToDate: boolean;
  /** The matter changed passages of the stored draft since it was last bound. */
  changed: boolean;
  pendingUpdates: number;
  missing: { path: string; label: string }[];
  problems: BindProblem[];
  /** Why the draft could not be checked: the sentence of a damaged draft, or a template problem. */
  error?: string;
  damaged: boolean;
}

async function draftStatus(templates: TemplateService, file: MatterFile, draft: Draft): Promise<DraftStatus> {
  const facts = {
    id: draft.id,
    title: draft.title,
    templateId: draft.templateId,
    letterDate: draft.letter.date,
  };
  const none = { upToDate: false, changed: false, pendingUpdates: 0, missing: [], problems: [] };
  if (draft.damaged) return { ...facts, ...none, damaged: true, error: draft.damaged };
  try {
    const bound = await templates.bind(file, draft, cliBindOptions());
    const { changed, pendingUpdates, missing, problems } = bound;
    return {
      ...facts,
      upToDate: !changed && pendingUpdates === 0,
      changed,
      pendingUpdates,
      missing,
      problems,
      damaged: false,
    };
  } catch (error) {
    if (!(error instanceof DeskError)) throw error;
    return { ...facts, ...none, damaged: false, error: error.message };
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describeStatus(status: DraftStatus): string[] {
  const head = `${status.title}  (id ${status.id}, template ${status.templateId}, dated ${status.letterDate || 'no date'})`;
  if (status.error) return [head, `  ${status.damaged ? 'DAMAGED' : 'cannot be checked'}: ${status.error}`];
  const lines = [head];
  lines.push(
    status.upToDate
      ? '  up to date with the matter'
      : status.changed
        ? '  out of date with the matter (opening it in Counsel Desk brings it up to date; render exports it up to date)'
        : '  not up to date: updates await review',
  );
  if (status.pendingUpdates > 0)
    lines.push(`  ${plural(status.pendingUpdates, 'update awaits', 'updates await')} your review`);
  if (status.missing.length > 0)
    lines.push(`  missing: ${status.missing.map((field) => `${field.label} (${field.path})`).join(', ')}`);
  for (const problem of status.problems.filter((p) => p.kind !== 'empty-field'))
    lines.push(`  ${describeProblem(problem)}`);
  return lines;
}

export async function statusCommand(args: string[], out: CommandOutput): Promise<number> {
  const { values, positionals } = parseCommandArgs(() =>
    parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true }),
  );
  const [fileName, ...extra] = positionals;
  if (!fileName) throw usageError('status needs the matter file, e.g. counsel-desk status m.cdesk');
  if (extra.length > 0) throw usageError(`status takes one matter file; also got: ${extra.join(' ')}`);
  const file = await openMatterFile(fileName);
  const templates = new TemplateService(templatesDir());
  const drafts: DraftStatus[] = [];
  for (const draft of file.drafts) drafts.push(await draftStatus(templates, file, draft));
  if (values.json) {
    out.print(JSON.stringify({ file: fileName, drafts }, null, 2));
    return 0;
  }
  const name = path.basename(fileName);
  if (drafts.length === 0) {
    out.print(`${name} has no drafts yet. Add one with: counsel-desk draft ${fileName} --template <id>`);
    return 0;
  }
  out.print(`${name}: ${plural(drafts.length, 'draft', 'drafts')}`);
  for (const status of drafts) out.print(describeStatus(status).join('\n'));
  return 0;
}
