// Templates for the app: reads the template folder (fresh on each request, so an edited template shows up
// without a restart), lists the valid ones and renders drafts. Template problems become `template-error`
// with file:line:column details.
import path from 'node:path';
import { DeskError } from '../../core/api/result';
import type { TemplateSummary } from '../../core/api/contract';
import type { BlockNode } from '../../core/document/model';
import type { Draft, MatterParts } from '../../core/matter-file/matter-file';
import type { BindOptions, BoundDraft } from '../../core/pipeline/bind-draft';
import { bindDraftNow, newDraft, renderLetter, summarizeTemplate } from '../../core/pipeline/render-draft';
import { TemplateError, TemplateErrors } from '../../core/template/template-error';
import { buildTemplateSet } from '../../core/template/template-set';
import type { TemplateSet } from '../../core/template/template-set';
import { readTemplateSources, type TemplateSources } from './template-files';

export type { MatterParts } from '../../core/matter-file/matter-file';

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
    return (await this.loadWithSources()).set;
  }

  async loadWithSources(): Promise<{ set: TemplateSet; sources: TemplateSources }> {
    try {
      const sources = await readTemplateSources(this.templatesDir);
      return { set: buildTemplateSet(sources.templates, sources.partials), sources };
    } catch (error) {
      if (error instanceof DeskError) throw error; // a template that is no regular file, or too large
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

  /** The usable template of that id, or a message that says what is wrong with it. */
  private usable(set: TemplateSet, templateId: string) {
    const template = set.templates.get(templateId);
    if (template) return template;
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

  /** A new draft of the template for this matter, its template kept with it. */
  async newDraft(templateId: string, parts: MatterParts, id: string, title?: string): Promise<Draft> {
    const { set, sources } = await this.loadWithSources();
    this.usable(set, templateId);
    return fillingIn(templateId, () =>
      newDraft({
        set,
        sources,
        template: templateId,
        file: parts,
        id,
        now: new Date(),
        ...(title ? { title } : {}),
      }),
    );
  }

  /** The draft's template (kept with it, or from the folder for older drafts) rendered for the matter now. */
  async renderLetter(parts: MatterParts, draft: Draft): Promise<BlockNode[]> {
    const set = draft.template ? undefined : await this.load();
    if (set) this.usable(set, draft.templateId);
    return fillingIn(draft.templateId, () => renderLetter(parts, draft, set));
  }

  /**
   * The draft bound to the matter as it is now: what export and the CLI write. `options` carries what core
   * cannot know (today's date, the library's excerpt checks); the review rules read them.
   */
  async bind(parts: MatterParts, draft: Draft, options: BindOptions = {}): Promise<BoundDraft> {
    if (draft.damaged) throw new DeskError('invalid-file', draft.damaged);
    const set = draft.template ? undefined : await this.load();
    if (set) this.usable(set, draft.templateId);
    return fillingIn(draft.templateId, () => bindDraftNow(parts, draft, set, options));
  }
}

/** Runs a render; a template that cannot be filled becomes a `template-error` naming file, line and column. */
function fillingIn<T>(templateId: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    const errors =
      error instanceof TemplateErrors ? error.errors : error instanceof TemplateError ? [error] : undefined;
    if (!errors) throw error;
    const details = errors.map(describeTemplateError);
    throw new DeskError(
      'template-error',
      `The template "${templateId}" could not be filled in: ${details[0] ?? 'it has a problem'}.`,
      details,
    );
  }
}
