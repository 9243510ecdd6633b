// Reads a folder's templates and partials into a checked set: everything a render needs, plus every problem
// found, each with its file, line and column. A template with a problem is left out of `templates`.
import type { EnclosureDefault } from '../letter/letter-facts';
import { checkContainers } from './containers-check';
import { mergeFields } from './merge-fields';
import { readFrontMatter } from './front-matter';
import { parseHandlebars } from './parse-handlebars';
import { checkTemplateBody } from './static-check';
import { TemplateError } from './template-error';
import type {
  FieldDeclaration,
  ParsedPartial,
  ParsedTemplate,
  TemplateAnswers,
  TemplateSourceFile,
} from './template-types';

export type { FieldDeclaration, ParsedPartial, ParsedTemplate, TemplateSourceFile } from './template-types';

export interface TemplateSet {
  templates: Map<string, ParsedTemplate>;
  partials: Map<string, ParsedPartial>;
  errors: TemplateError[];
}

export const fileStem = (file: string): string => (file.split(/[\\/]/).pop() ?? file).replace(/\.md$/i, '');

interface Draft {
  file: string;
  ownFields: FieldDeclaration[];
  body: string;
  bodyLine: number;
  ast: hbs.AST.Program;
  id?: string;
  title: string;
  description: string;
  encloses: EnclosureDefault;
  answers: TemplateAnswers;
  sworn: boolean;
}

/** Front matter, Handlebars syntax and letter-part containers; errors go to `errors`. */
function readSource(
  source: TemplateSourceFile,
  isTemplate: boolean,
  errors: TemplateError[],
): Draft | undefined {
  const front = readFrontMatter(source.path, source.text, isTemplate);
  errors.push(...front.errors);
  if (!front.value) return undefined;
  const { body, bodyLine } = front.value;
  errors.push(...checkContainers(source.path, body, bodyLine));
  try {
    const ast = parseHandlebars(source.path, body, bodyLine);
    return { ...front.value, file: source.path, ownFields: front.value.fields, ast };
  } catch (error) {
    if (error instanceof TemplateError) errors.push(error);
    else throw error;
    return undefined;
  }
}

function checkDraft(
  draft: Draft,
  partials: ReadonlyMap<string, Draft>,
  kind: string,
  errors: TemplateError[],
) {
  const fields = mergeFields(draft.ownFields, draft.ast, partials);
  const partialNames = new Set(partials.keys());
  const checked = checkTemplateBody({
    file: draft.file,
    bodyLine: draft.bodyLine,
    ast: draft.ast,
    fields,
    partialNames,
    kind,
  });
  errors.push(...checked.errors);
  return { fields, partialsUsed: checked.partialsUsed };
}

function readPartials(
  partialFiles: readonly TemplateSourceFile[],
  errors: TemplateError[],
): Map<string, Draft> {
  const drafts = new Map<string, Draft>();
  for (const file of partialFiles) {
    const draft = readSource(file, false, errors);
    if (draft) drafts.set(fileStem(file.path), draft);
  }
  return drafts;
}

/** Reads one template against already-read partials (used by the set and by `--template-file`). */
export function parseTemplateSource(
  source: TemplateSourceFile,
  partials: ReadonlyMap<string, ParsedPartial>,
): { template?: ParsedTemplate; errors: TemplateError[] } {
  const errors: TemplateError[] = [];
  const drafts = new Map<string, Draft>(
    [...partials].map(([name, p]) => [
      name,
      {
        ...p,
        ownFields: p.ownFields,
        title: '',
        description: '',
        encloses: 'none',
        answers: 'none',
        sworn: false,
      },
    ]),
  );
  const draft = readSource(source, true, errors);
  if (!draft) return { errors };
  const { fields, partialsUsed } = checkDraft(draft, drafts, 'template', errors);
  if (errors.length > 0) return { errors };
  const id = draft.id ?? fileStem(source.path);
  const { title, description, encloses, answers, sworn, body, bodyLine, ast, file } = draft;
  return {
    template: {
      id,
      title: title || id,
      description,
      encloses,
      answers,
      sworn,
      file,
      fields,
      body,
      bodyLine,
      ast,
      partialsUsed,
    },
    errors,
  };
}

export function buildTemplateSet(
  templateFiles: TemplateSourceFile[],
  partialFiles: TemplateSourceFile[],
): TemplateSet {
  const errors: TemplateError[] = [];
  const drafts = readPartials(partialFiles, errors);
  const partials = new Map<string, ParsedPartial>();
  for (const [name, draft] of drafts) {
    const { fields, partialsUsed } = checkDraft(draft, drafts, 'partial', errors);
    const { file, body, bodyLine, ast, ownFields } = draft;
    partials.set(name, { name, file, fields, ownFields, body, bodyLine, ast, partialsUsed });
  }
  const templates = new Map<string, ParsedTemplate>();
  for (const source of templateFiles) {
    const result = parseTemplateSource(source, partials);
    errors.push(...result.errors);
    const template = result.template;
    if (!template) continue;
    const existing = templates.get(template.id);
    if (existing) {
      errors.push(
        new TemplateError(
          template.file,
          1,
          1,
          `the id \`${template.id}\` is already used by ${existing.file}; give each template its own id`,
        ),
      );
      continue;
    }
    templates.set(template.id, template);
  }
  return { templates, partials, errors };
}
