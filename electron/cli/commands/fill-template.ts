// The template half of `counsel-desk render`: loads the templates and fills one with the matter. Its own
// file so that render loads Handlebars, YAML and the Markdown parser only when a template is rendered: a
// saved draft (--draft) needs none of them.
import path from 'node:path';
import type { DocumentModel } from '../../../core/document/model';
import type { Matter } from '../../../core/matter/schema';
import {
  renderDocument,
  renderDocumentFromSource,
  renderFilledMarkdown,
} from '../../../core/pipeline/render-draft';
import type { TemplateSourceFile } from '../../../core/template/template-set';
import { readTextFile } from '../read-input';
import { resolveTemplate } from '../resolve-template';
import { loadTemplates } from '../template-set-loader';

export interface TemplateRequest {
  templateId?: string;
  templateFile?: string;
  /** `.md` asks for the filled Markdown, anything else for the document model. */
  format: string;
}

export type FilledTemplate = { markdown: string } | { model: DocumentModel };

export async function fillTemplate(request: TemplateRequest, matter: Matter): Promise<FilledTemplate> {
  const { set, dir } = await loadTemplates({ partialsOnly: request.templateFile !== undefined });
  const template: string | TemplateSourceFile = request.templateFile
    ? {
        path: path.resolve(request.templateFile),
        text: await readTextFile(request.templateFile, 'template file'),
      }
    : resolveTemplate(set, request.templateId!, dir);
  if (request.format === '.md') return { markdown: renderFilledMarkdown(set, template, matter) };
  return {
    model:
      typeof template === 'string'
        ? renderDocument(set, template, matter)
        : renderDocumentFromSource(set, template, matter),
  };
}
