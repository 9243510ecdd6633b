// Splits a template file into its YAML front matter and body, and reads the declarations with positions.
import { LineCounter, parseDocument } from 'yaml';
import { ENCLOSURE_DEFAULTS, type EnclosureDefault } from '../letter/letter-facts';
import { z } from 'zod';
import { fieldLabel } from '../matter/field-labels';
import { allMatterPaths, pathKind } from '../matter/matter-paths';
import { schemaProblems, yamlProblem } from './front-matter-problems';
import { TemplateError, didYouMean } from './template-error';
import { FIELD_TYPES, TEMPLATE_ANSWERS } from './template-types';
import type { FieldDeclaration, TemplateAnswers } from './template-types';

const fieldSchema = z
  .object({
    path: z.string().min(1, 'needs a `path`'),
    label: z.string().optional(),
    type: z.enum(FIELD_TYPES, `must be one of: ${FIELD_TYPES.join(', ')}`).default('text'),
    required: z.boolean().default(false),
    help: z.string().default(''),
    group: z.string().default(''),
  })
  .strict();

const frontMatterSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes')
      .optional(),
    title: z.string().default(''),
    description: z.string().default(''),
    /** What a new draft encloses: `exhibits` (every produced exhibit) or `none`. */
    encloses: z.enum(ENCLOSURE_DEFAULTS).default('none'),
    /** `requests` for a letter that answers every request (the review checks none is left out). */
    answers: z.enum(TEMPLATE_ANSWERS).default('none'),
    /** A sworn form (affidavit, declaration): the review checks its jurat or notary block is there. */
    sworn: z.boolean().default(false),
    fields: z.array(fieldSchema).default([]),
  })
  .strict();

export interface FrontMatter {
  id?: string;
  title: string;
  description: string;
  encloses: EnclosureDefault;
  answers: TemplateAnswers;
  sworn: boolean;
  fields: FieldDeclaration[];
  body: string;
  bodyLine: number;
}

const FENCE = /^---\s*$/;

/** Reads the front matter; `required` is false for partials, which may have none. */
export function readFrontMatter(
  file: string,
  text: string,
  required: boolean,
): { value?: FrontMatter; errors: TemplateError[] } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    if (!required)
      return {
        value: {
          title: '',
          description: '',
          encloses: 'none',
          answers: 'none',
          sworn: false,
          fields: [],
          body: lines.join('\n'),
          bodyLine: 1,
        },
        errors: [],
      };
    return {
      errors: [
        new TemplateError(
          file,
          1,
          1,
          'the file must start with front matter: a line `---`, the id, title and fields, and another `---`',
        ),
      ],
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && (FENCE.test(line) || /^\.\.\.\s*$/.test(line)));
  if (close < 0)
    return {
      errors: [
        new TemplateError(
          file,
          1,
          1,
          'the front matter opened here is never closed; add a line `---` after it',
        ),
      ],
    };

  const lineCounter = new LineCounter();
  const doc = parseDocument(lines.slice(1, close).join('\n'), { lineCounter, prettyErrors: false });
  const at = (offset: number, detail: string) => {
    const pos = lineCounter.linePos(offset);
    return new TemplateError(file, pos.line + 1, pos.col, detail);
  };
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((e) => at(e.pos[0], yamlProblem(e.code, e.message))),
    };
  }
  const data: unknown = doc.toJS() ?? {};
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    return {
      errors: parsed.error.issues.flatMap((issue) =>
        schemaProblems(issue, doc, data).map((problem) => at(problem.offset, problem.text)),
      ),
    };
  }

  const errors: TemplateError[] = [];
  const fields = parsed.data.fields.map((field, index) => {
    const node = doc.getIn(['fields', index, 'path'], true) as
      { range?: [number, number, number] } | undefined;
    const problem = checkDeclaredPath(field.path, field.type);
    if (problem) errors.push(at(node?.range?.[0] ?? 0, problem));
    return { ...field, label: field.label ?? fieldLabel(field.path) };
  });
  const { id, title, description, encloses, answers, sworn } = parsed.data;
  return {
    value: {
      id,
      title,
      description,
      encloses,
      answers,
      sworn,
      fields,
      body: lines.slice(close + 1).join('\n'),
      bodyLine: close + 2,
    },
    errors,
  };
}

/** A declared path must exist in the matter schema (or be `custom.<name>`), and a list must be typed `list`. */
function checkDeclaredPath(path: string, type: string): string | undefined {
  const kind = pathKind(path);
  if (!kind) {
    const hint = didYouMean(path, allMatterPaths().keys());
    return `the field \`${path}\` is not part of a matter${hint || '. Use a matter field or a custom field written `custom.<name>`'}`;
  }
  if (kind === 'list' && type !== 'list')
    return `the field \`${path}\` is a list; declare it with \`type: list\``;
  if (kind !== 'list' && type === 'list')
    return `the field \`${path}\` is not a list; choose another type than \`list\``;
  if (kind === 'group' || kind === 'record')
    return `the field \`${path}\` is a group of fields; declare the fields inside it`;
  return undefined;
}
