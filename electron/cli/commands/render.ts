// `counsel-desk render`: exports a draft saved in a .cdesk file (--draft), or a template filled with a matter
// (--template, --template-file), as the app exports: DOCX, PDF (printed by Chromium), the document model (.json)
// or, for a template, the filled markup (.md), chosen by the --out extension.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { TemplateService } from '../../services/template-service';
import { usageError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { exportDraft } from '../export-draft';
import { findReadableDraft } from '../find-draft';
import { requireMatter, type MatterInput } from '../load-matter';
import { parseCommandArgs } from '../parse-command-args';
import { templatesDir } from '../templates-dir';
import { writeOutput } from '../write-output';
import { filledMarkdown, templateDraft } from './fill-template';

const FORMATS = ['.docx', '.pdf', '.json', '.md'] as const;
type Format = (typeof FORMATS)[number];

const options = {
  matter: { type: 'string' },
  template: { type: 'string' },
  'template-file': { type: 'string' },
  draft: { type: 'string' },
  out: { type: 'string' },
  font: { type: 'string' },
  'font-size': { type: 'string' },
} as const;

function outputFormat(out: string): Format {
  const ext = path.extname(out).toLowerCase();
  const format = FORMATS.find((known) => known === ext);
  if (!format)
    throw usageError(`--out ${out}: the file must end in .docx, .pdf, .json or .md (that picks the format).`);
  return format;
}

function fontSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const size = Number(value);
  if (!Number.isFinite(size) || size < 6 || size > 72)
    throw usageError(`--font-size ${value}: give a size in points from 6 to 72.`);
  return size;
}

function parseRenderArgs(args: string[]) {
  const { values, positionals } = parseCommandArgs(() =>
    parseArgs({ args, options, allowPositionals: true }),
  );
  if (positionals.length > 0)
    throw usageError(`render does not take ${positionals.join(' ')}; name files with --matter and --out.`);
  if (!values.matter) throw usageError('render needs --matter <file>.');
  if (!values.out) throw usageError('render needs --out <file> (.docx, .pdf, .json or .md).');
  const sources = [values.template, values['template-file'], values.draft].filter(Boolean);
  if (sources.length !== 1) {
    throw usageError(
      'render needs exactly one of --template <id>, --template-file <path> or --draft <id or title> (a draft saved in a .cdesk file).',
    );
  }
  const format = outputFormat(values.out);
  if (values.draft && format === '.md')
    throw usageError('--draft exports .docx, .pdf or .json; the filled markup exists only for templates.');
  return {
    matter: values.matter,
    out: values.out,
    format,
    templateId: values.template,
    templateFile: values['template-file'],
    draftId: values.draft,
    font: values.font,
    fontSizePt: fontSize(values['font-size']),
  };
}

type RenderRequest = ReturnType<typeof parseRenderArgs>;

/** The draft --draft names in a .cdesk file; refused for a plain matter JSON or a damaged draft. */
function savedDraft(request: RenderRequest, input: MatterInput) {
  if (!input.saved)
    throw usageError(`--draft needs a .cdesk matter file saved by the app; ${request.matter} is not one.`);
  const draft = findReadableDraft(input.file, request.draftId!, path.basename(request.matter));
  return { draft, dir: templatesDir() };
}

export async function renderCommand(args: string[], output: CommandOutput): Promise<number> {
  const request = parseRenderArgs(args);
  const input = await requireMatter(request.matter);
  const { format } = request;
  if (format === '.md') {
    // Only templates get here: parseRenderArgs refuses --draft with .md.
    await writeOutput(request.out, await filledMarkdown(request, input));
    output.print(`Wrote ${request.out}`);
    return 0;
  }
  const { draft, dir } = request.draftId ? savedDraft(request, input) : await templateDraft(request, input);
  await exportDraft(draft, input.file, { ...request, format }, new TemplateService(dir), output);
  return 0;
}
