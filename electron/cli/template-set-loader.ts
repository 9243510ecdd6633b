// Loads the templates folder into a TemplateSet, reporting the folder's broken templates as warnings.
import { DeskError } from '../../core/api/result';
import { buildTemplateSet } from '../../core/template/template-set';
import type { TemplateSet } from '../../core/template/template-set';
import { readTemplateSources, type TemplateSources } from '../services/template-files';
import { CliError, describeTemplateError } from './cli-error';
import { templatesDir } from './templates-dir';

export interface LoadedTemplates {
  dir: string;
  set: TemplateSet;
  /** The files the set was built from, for a new draft's template snapshot. */
  sources: TemplateSources;
  /** One line per template that could not be read, with file:line:column. */
  warnings: string[];
}

/** With `partialsOnly` (for --template-file) the folder's templates are not parsed, only its partials. */
export async function loadTemplates(options: { partialsOnly?: boolean } = {}): Promise<LoadedTemplates> {
  const dir = templatesDir();
  let sources: TemplateSources;
  try {
    sources = await readTemplateSources(dir);
  } catch (error) {
    if (error instanceof DeskError) throw new CliError(error.message); // no regular file, or too large
    const code = (error as NodeJS.ErrnoException).code ?? 'read failed';
    throw new CliError(`Could not read the templates folder ${dir} (${code}). Check that it is readable.`);
  }
  const set = buildTemplateSet(options.partialsOnly ? [] : sources.templates, sources.partials);
  return { dir, set, sources, warnings: set.errors.map(describeTemplateError) };
}
