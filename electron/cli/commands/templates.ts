// `counsel-desk templates [--json]`: the templates and the fields each one uses.
import { parseArgs } from 'node:util';
import type { TemplateSummary } from '../../../core/api/contract';
import { summarizeTemplate } from '../../../core/pipeline/render-draft';
import { CliError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { parseCommandArgs } from '../parse-command-args';
import { loadTemplates } from '../template-set-loader';

function describe(summary: TemplateSummary): string {
  const fields = summary.fields.map(
    (field) => `    ${field.path}  ${field.label} (${field.type}${field.required ? ', required' : ''})`,
  );
  return [
    `${summary.id}  ${summary.title}`,
    ...(summary.description ? [`  ${summary.description}`] : []),
    '  Fields:',
    ...fields,
  ].join('\n');
}

export async function templatesCommand(args: string[], out: CommandOutput): Promise<number> {
  const { values } = parseCommandArgs(() =>
    parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: false }),
  );
  const { dir, set, warnings } = await loadTemplates();
  const summaries = [...set.templates.values()]
    .map((template) => summarizeTemplate(template))
    .sort((a, b) => a.id.localeCompare(b.id));
  for (const warning of warnings) out.warn(`Skipped a template with a problem: ${warning}`);
  if (summaries.length === 0) {
    throw new CliError(
      `There are no usable templates in ${dir}. Add a template (.md file) there or fix the ones listed.`,
    );
  }
  out.print(values.json ? JSON.stringify(summaries, null, 2) : summaries.map(describe).join('\n\n'));
  return 0;
}
