// Finds a template by id, or explains why it is not usable: a problem in its file, or no such template.
import path from 'node:path';
import type { TemplateSet } from '../../core/template/template-set';
import { CliError, describeTemplateError } from './cli-error';

export function resolveTemplate(set: TemplateSet, id: string, dir: string): string {
  if (set.templates.has(id)) return id;
  const problem = set.errors.find((error) => path.basename(error.file, '.md') === id);
  if (problem) {
    throw new CliError(
      `The template "${id}" has a problem: ${describeTemplateError(problem)}. Fix it and try again.`,
    );
  }
  const known = [...set.templates.keys()].sort();
  throw new CliError(
    `There is no template "${id}" in ${dir}. Known templates: ${known.join(', ') || '(none)'}. Run "counsel-desk templates" for details.`,
  );
}
