// The rendering half of the pipeline: a template filled from a letter's context becomes document blocks, for
// a new draft or for bindDraft to merge into an existing one. Pure: callers read the files and write bytes.
import type { TemplateSummary } from '../api/contract';
import { markupToBlocks } from '../document/from-markup';
import type { BlockNode, DocumentModel } from '../document/model';
import { defaultLetterFacts, letterFactsSchema, todayIso, type LetterFacts } from '../letter/letter-facts';
import type { Draft, MatterFile } from '../matter-file/matter-file';
import { newMatterFile } from '../matter-file/matter-file';
import type { Matter } from '../matter/schema';
import { replaceFieldTokens } from '../template/field-token';
import { escapeMarkdown } from '../template/markdown-escape';
import { renderTemplate } from '../template/render-template';
import { TemplateErrors } from '../template/template-error';
import { parseTemplateSource } from '../template/template-set';
import type { ParsedTemplate, TemplateSet, TemplateSourceFile } from '../template/template-set';
import { bindDraft, type BindOptions, type BoundDraft } from './bind-draft';
import { fromSnapshot, snapshotTemplate, type Usable } from './template-snapshot';
import { letterContext } from './letter-context';

type FileParts = Pick<MatterFile, 'matter' | 'records' | 'excerpts' | 'exhibitSettings'> &
  Partial<Pick<MatterFile, 'letterDefaults'>>;

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

const renderBlocks = (usable: Usable, context: Record<string, unknown>): BlockNode[] => {
  const rendered = renderTemplate(usable.template, context as Matter, usable.partials);
  return markupToBlocks(rendered.markup, rendered.fields);
};

/** The draft's template: the one it keeps, else (older drafts) the one of its id in the set. */
function usableFor(draft: Pick<Draft, 'templateId' | 'template'>, set?: TemplateSet): Usable {
  const usable = draft.template
    ? fromSnapshot(draft.template)
    : set
      ? { template: templateById(set, draft.templateId), partials: set.partials }
      : undefined;
  if (!usable)
    throw new Error(
      `The draft's template "${draft.templateId}" is not stored with it; give the templates folder.`,
    );
  return usable;
}

/** A fresh render of the draft's template for its letter: what bindDraft merges into the draft. */
export const renderLetter = (
  file: FileParts,
  draft: Pick<Draft, 'templateId' | 'template' | 'letter'>,
  set?: TemplateSet,
): BlockNode[] => renderBlocks(usableFor(draft, set), letterContext(file, draft).context);

/**
 * Renders and binds in one step (export, the CLI, benchmarks); the editor renders on the Node side instead.
 * The template's review flags go with it, so a draft that keeps no template is reviewed as its template says.
 */
export function bindDraftNow(
  file: FileParts,
  draft: Draft,
  set?: TemplateSet,
  options: BindOptions = {},
): BoundDraft {
  const { template, partials } = usableFor(draft, set);
  const rendered = renderBlocks({ template, partials }, letterContext(file, draft).context);
  return bindDraft(file, draft, rendered, {
    template: { answers: template.answers, sworn: template.sworn },
    ...options,
  });
}

export interface NewDraftInput {
  set: TemplateSet;
  /** The sources the set was built from, for the draft's template snapshot. */
  sources?: { templates: readonly TemplateSourceFile[]; partials: readonly TemplateSourceFile[] };
  template: string | TemplateSourceFile;
  file: FileParts;
  id: string;
  now: Date;
  title?: string;
  letter?: Partial<LetterFacts>;
}

/** A new draft: today's letter facts, the template rendered for them, and that render kept as its base. */
export function newDraft(input: NewDraftInput): Draft {
  const template = resolveTemplate(input.set, input.template);
  const letter = letterFactsSchema.parse({
    ...defaultLetterFacts(template.encloses, input.file.records, todayIso(input.now)),
    ...input.file.letterDefaults,
    ...input.letter,
  });
  const snapshot = input.sources ? snapshotTemplate(template, input.sources) : undefined;
  const body = renderBlocks(
    { template, partials: input.set.partials },
    letterContext(input.file, { letter }).context,
  );
  const stamp = input.now.toISOString();
  return {
    id: input.id,
    templateId: template.id,
    title: input.title?.trim() || template.title,
    createdAt: stamp,
    updatedAt: stamp,
    letter,
    body,
    base: body,
    ...(snapshot ? { template: snapshot } : {}),
  };
}

const asFile = (matterOrFile: Matter | FileParts): FileParts =>
  'matter' in matterOrFile ? matterOrFile : newMatterFile(matterOrFile as Matter);

/** A template rendered and bound for a new letter: the document a fresh draft exports as. */
export function renderDocument(
  set: TemplateSet,
  template: string | TemplateSourceFile,
  matterOrFile: Matter | FileParts,
  letter?: Partial<LetterFacts>,
): DocumentModel {
  const file = asFile(matterOrFile);
  const draft = newDraft({
    set,
    template,
    file,
    id: 'preview',
    now: new Date(),
    ...(letter ? { letter } : {}),
  });
  return bindDraft(file, draft, draft.body).document;
}

/** The filled template as Markdown a person can read or diff; values are escaped to stay literal. */
export function renderFilledMarkdown(
  set: TemplateSet,
  templateIdOrSource: string | TemplateSourceFile,
  matterOrFile: Matter | FileParts,
  letter?: Partial<LetterFacts>,
): string {
  const file = asFile(matterOrFile);
  const template = resolveTemplate(set, templateIdOrSource);
  const facts = letterFactsSchema.parse({
    ...defaultLetterFacts(template.encloses, file.records, todayIso()),
    ...letter,
  });
  const { markup, fields } = renderTemplate(
    template,
    letterContext(file, { letter: facts }).context as Matter,
    set.partials,
  );
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
