// The template half of `counsel-desk render`: a template (by id, or a file anywhere with the folder's partials)
// filled with the matter, as the filled markup (.md) or as a new draft of it, which render exports as it
// exports any draft. The draft keeps its template as a snapshot, so binding it never reads the folder again.
import path from 'node:path';
import type { Draft } from '../../../core/matter-file/matter-file';
import { newDraft, renderFilledMarkdown } from '../../../core/pipeline/render-draft';
import type { TemplateSourceFile } from '../../../core/template/template-set';
import type { MatterInput } from '../load-matter';
import { readTextFile } from '../read-input';
import { resolveTemplate } from '../resolve-template';
import { loadTemplates, type LoadedTemplates } from '../template-set-loader';

export interface TemplateRequest {
  templateId?: string;
  templateFile?: string;
}

async function chosenTemplate(
  request: TemplateRequest,
): Promise<{ loaded: LoadedTemplates; template: string | TemplateSourceFile }> {
  const loaded = await loadTemplates({ partialsOnly: request.templateFile !== undefined });
  const template = request.templateFile
    ? {
        path: path.resolve(request.templateFile),
        text: await readTextFile(request.templateFile, 'template file'),
      }
    : resolveTemplate(loaded.set, request.templateId!, loaded.dir);
  return { loaded, template };
}

export async function filledMarkdown(request: TemplateRequest, input: MatterInput): Promise<string> {
  const { loaded, template } = await chosenTemplate(request);
  return renderFilledMarkdown(loaded.set, template, input.file, input.letter);
}

/** A new, unsaved draft of the template for the matter, as Generate draft makes it; and the templates folder. */
export async function templateDraft(
  request: TemplateRequest,
  input: MatterInput,
): Promise<{ draft: Draft; dir: string }> {
  const { loaded, template } = await chosenTemplate(request);
  const { set, sources, dir } = loaded;
  const draft = newDraft({
    set,
    sources: typeof template === 'string' ? sources : { templates: [template], partials: sources.partials },
    template,
    file: input.file,
    id: 'render',
    now: new Date(),
    letter: input.letter,
  });
  return { draft, dir };
}
