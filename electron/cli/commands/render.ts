// `counsel-desk render`: fills a template with a matter and writes DOCX, the document model (.json) or the
// filled markup (.md), chosen by the --out extension.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDocx } from '../../../core/docx/build-docx';
import { exhibitDocxOptions } from '../../../core/docx/exhibit-options';
import type { MatterFile } from '../../../core/matter-file/matter-file';
import type { DocumentModel } from '../../../core/document/model';
import type { Matter } from '../../../core/matter/schema';
import { missingRequiredFields, refreshFields } from '../../../core/template/refresh-fields';
import { packDocx } from '../../services/docx-file';
import type { CommandOutput } from '../command-output';
import { requireMatter } from '../load-matter';
import { parseCommandArgs } from '../parse-command-args';
import { CliError, usageError } from '../cli-error';
import { writeOutput } from '../write-output';

const FORMATS = ['.docx', '.json', '.md'] as const;
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
    throw usageError(`--out ${out}: the file must end in .docx, .json or .md (that picks the format).`);
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
  if (!values.out) throw usageError('render needs --out <file> (.docx, .json or .md).');
  const sources = [values.template, values['template-file'], values.draft].filter(Boolean);
  if (sources.length !== 1) {
    throw usageError(
      'render needs exactly one of --template <id>, --template-file <path> or --draft <id> (a draft saved in a .cdesk file).',
    );
  }
  return {
    matter: values.matter,
    out: values.out,
    format: outputFormat(values.out),
    templateId: values.template,
    templateFile: values['template-file'],
    draftId: values.draft,
    font: values.font,
    fontSizePt: fontSize(values['font-size']),
  };
}

type RenderRequest = ReturnType<typeof parseRenderArgs>;

/** A draft the user edited in the app, with its linked fields brought up to date from the matter. */
function savedDraft(request: RenderRequest, matter: Matter, file: MatterFile | undefined): DocumentModel {
  if (!file)
    throw usageError(`--draft needs a .cdesk matter file saved by the app; ${request.matter} is not one.`);
  const draft = file.drafts.find((d) => d.id === request.draftId || d.title === request.draftId);
  if (!draft) {
    const known = file.drafts.map((d) => `  ${d.id}  ${d.title}`);
    throw new CliError(
      `${path.basename(request.matter)} has no draft "${request.draftId}". Give one of these ids or titles:`,
      1,
      known.length > 0 ? known : ['  (the file has no drafts yet)'],
    );
  }
  if (request.format === '.md')
    throw usageError('--draft exports .docx or .json; the filled markup exists only for templates.');
  return { ...draft.document, children: refreshFields(draft.document.children, matter) };
}

async function writeModel(
  request: RenderRequest,
  model: DocumentModel,
  file: MatterFile | undefined,
  output: CommandOutput,
) {
  const missing = missingRequiredFields(model.children);
  if (missing.length > 0) {
    const list = missing.map((field) => `  ${field.label} (${field.path})`);
    output.warn([`Required fields still empty; the letter is marked DRAFT:`, ...list].join('\n'));
  }
  if (request.format === '.json') {
    await writeOutput(request.out, `${JSON.stringify(model, null, 2)}\n`);
  } else {
    const doc = buildDocx(model, {
      ...(file ? exhibitDocxOptions(file) : {}),
      markDraft: missing.length > 0,
      font: request.font,
      fontSizePt: request.fontSizePt,
    });
    await writeOutput(request.out, await packDocx(doc));
  }
  output.print(`Wrote ${request.out}`);
}

export async function renderCommand(args: string[], output: CommandOutput): Promise<number> {
  const request = parseRenderArgs(args);
  const { matter, file } = await requireMatter(request.matter);
  if (request.draftId) {
    await writeModel(request, savedDraft(request, matter, file), file, output);
    return 0;
  }
  // Loaded here, not at the top: a saved draft never needs Handlebars, YAML or the Markdown parser.
  const { fillTemplate } = await import('./fill-template');
  const filled = await fillTemplate(request, matter);
  if ('markdown' in filled) {
    await writeOutput(request.out, filled.markdown);
    output.print(`Wrote ${request.out}`);
    return 0;
  }
  const { model } = filled;
  await writeModel(request, model, file, output);
  return 0;
}
