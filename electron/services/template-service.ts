// Templates for the app: reads the template folder (fresh on each request, so an edited template shows up
// without a restart), lists the valid ones and renders drafts. Template problems become `template-error`
// with file:line:column details.
import path from 'node:path';
import { DeskError } from '../../core/api/result';
import type { TemplateSummary } from '../../core/api/contract';
import type { DocumentModel } from '../../core/document/model';
import type { Matter } from '../../core/matter/schema';
import { renderDocument, summarizeTemplate } from '../../core/pipeline/render-draft';
import { TemplateError } from '../../core/template/template-error';
import { buildTemplateSet } from '../../core/template/template-set';
import type { TemplateSet } from '../../core/template/template-set';
import { readTemplateSources } from './template-files';

export const describeTemplateError = (error: TemplateError): string => {
  const where = error.file
    ? `${path.basename(error.file)}${error.line ? `:${error.line}:${error.column}` : ''}`
    : '';
  return where ? `${where}: ${error.message}` : error.message;
};

export class TemplateService {
  constructor(private readonly templatesDir: string) {}

  boot(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }

  get folder(): string {
    return this.templatesDir;
  }

  async load(): Promise<TemplateSet> {
    try {
      const sources = await readTemplateSources(this.templatesDir);
      return buildTemplateSet(sources.templates, sources.partials);
    } catch (error) {
      throw new DeskError(
        'io-error',
        `Could not read the templates folder ${this.templatesDir} (${(error as NodeJS.ErrnoException).code ?? 'read failed'}). Check that it exists and is readable.`,
      );
    }
  }

  /** Valid templates, sorted by title. Fails only when the folder has problems and no usable template. */
  async list(): Promise<TemplateSummary[]> {
    const set = await this.load();
    const summaries = [...set.templates.values()].map((t) => summarizeTemplate(t));
    if (summaries.length === 0) {
      const details = set.errors.map(describeTemplateError);
      throw new DeskError(
        'template-error',
        details.length > 0
          ? `No template in ${this.templatesDir} could be read: ${details[0]}. Fix the template and try again.`
          : `There are no templates in ${this.templatesDir}. Add a template (a .md file) there and try again.`,
        details.length > 0 ? details : undefined,
      );
    }
    return summaries.sort((a, b) => a.title.localeCompare(b.title));
  }

  async render(templateId: string, matter: Matter): Promise<{ title: string; document: DocumentModel }> {
    const set = await this.load();
    const template = set.templates.get(templateId);
    if (!template) {
      const problem = set.errors.find((e) => path.basename(e.file, '.md') === templateId);
      throw problem
        ? new DeskError(
            'template-error',
            `The template "${templateId}" has a problem: ${describeTemplateError(problem)}. Fix it and try again.`,
            [describeTemplateError(problem)],
          )
        : new DeskError(
            'not-found',
            `There is no template "${templateId}" in ${this.templatesDir}. Pick one from the template list.`,
          );
    }
    try {
      return { title: summarizeTemplate(template).title, document: renderDocument(set, templateId, matter) };
    } catch (error) {
      if (error instanceof TemplateError) {
        throw new DeskError(
          'template-error',
          `The template "${templateId}" could not be filled in: ${describeTemplateError(error)}.`,
          [describeTemplateError(error)],
        );
      }
      throw error;
    }
  }
}
