// The rendering pipeline's front door: template + matter -> document model (or filled Markdown), plus the
// template summaries the picker and the CLI show. Pure: callers read files and write bytes.
import type { TemplateSummary } from '../api/contract';
import { markupToBlocks } from '../document/from-markup';
import type { BlockNode, DocumentModel } from '../document/model';
import { blocksToPlainText } from '../document/plain-text';
import type { Matter } from '../matter/schema';
import { replaceFieldTokens } from '../template/field-token';
import { legalDate } from '../template/helpers/legal-date';
import { escapeMarkdown } from '../template/markdown-escape';
import { renderTemplate } from '../template/render-template';
import type { RenderedMarkup } from '../template/render-template';
import { TemplateErrors } from '../template/template-error';
import { parseTemplateSource } from '../template/template-set';
import type { ParsedTemplate, TemplateSet, TemplateSourceFile } from '../template/template-set';

function templateById(set: TemplateSet, templateId: string): ParsedTemplate {
  const template = set.templates.get(templateId);
  if (template) return template;
  const known = [...set.templates.keys()].sort().join(', ') || '(none)';
  throw new Error(`There is no usable template "${templateId}". Known templates: ${known}.`);
}

/** Reads a template given as a file (`--template-file`); its partials come from the set. */
function templateFromSource(set: TemplateSet, source: TemplateSourceFile): ParsedTemplate {
  const { template, errors } = parseTemplateSource(source, set.partials);
  if (!template) throw new TemplateErrors(errors);
  return template;
}

const resolveTemplate = (set: TemplateSet, which: string | TemplateSourceFile): ParsedTemplate =>
  typeof which === 'string' ? templateById(set, which) : templateFromSource(set, which);

const firstLine = (text: string): string =>
  text
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim() ?? '';

/** Who the continuation header names: the address block's first line, else the first recipient. */
function addressee(blocks: readonly BlockNode[], matter: Matter): string {
  const block = blocks.find((b) => b.type === 'address-block');
  const fromBlock = block ? firstLine(blocksToPlainText([block])) : '';
  return fromBlock || (matter.recipients[0]?.name ?? '');
}

function toDocument(template: ParsedTemplate, rendered: RenderedMarkup, matter: Matter): DocumentModel {
  const children = markupToBlocks(rendered.markup, rendered.fields);
  const city = matter.respondent.city.trim();
  return {
    title: city ? `${template.title} — ${city}` : template.title,
    subject: matter.inquiry.subject,
    author: matter.counsel.name,
    continuation: { addressee: addressee(children, matter), date: legalDate(matter.response.letterDate) },
    children,
  };
}

export function renderDocument(set: TemplateSet, templateId: string, matter: Matter): DocumentModel {
  const template = templateById(set, templateId);
  return toDocument(template, renderTemplate(template, matter, set.partials), matter);
}

export function renderDocumentFromSource(
  set: TemplateSet,
  source: TemplateSourceFile,
  matter: Matter,
): DocumentModel {
  const template = templateFromSource(set, source);
  return toDocument(template, renderTemplate(template, matter, set.partials), matter);
}

/** The filled template as Markdown a person can read or diff; values are escaped to stay literal. */
export function renderFilledMarkdown(
  set: TemplateSet,
  templateIdOrSource: string | TemplateSourceFile,
  matter: Matter,
): string {
  const { markup, fields } = renderTemplate(resolveTemplate(set, templateIdOrSource), matter, set.partials);
  return replaceFieldTokens(markup, (index) => escapeMarkdown(fields[index]?.value ?? ''));
}

export function summarizeTemplate(t: ParsedTemplate): TemplateSummary {
  return {
    id: t.id,
    title: t.title,
    description: t.description,
    fields: t.fields.map(({ path, label, type, required, help, group }) => ({
      path,
      label,
      type,
      required,
      help,
      group,
    })),
  };
}
