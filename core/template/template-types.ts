// What a parsed template and partial hold: the declared fields, the Handlebars body and where it starts.
// The `hbs` AST types are global declarations of the handlebars package; this loads them.
import type {} from 'handlebars';
import type { EnclosureDefault } from '../letter/letter-facts';

export const FIELD_TYPES = ['text', 'multiline', 'date', 'number', 'boolean', 'list', 'choice'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const TEMPLATE_ANSWERS = ['none', 'requests'] as const;
export type TemplateAnswers = (typeof TEMPLATE_ANSWERS)[number];

export interface FieldDeclaration {
  /** As declared, list items with `[]`: `inquiry.requests[].text`. */
  path: string;
  label: string;
  type: FieldType;
  required: boolean;
  help: string;
  group: string;
}

export interface TemplateSourceFile {
  path: string;
  text: string;
}

export interface ParsedPartial {
  name: string;
  file: string;
  /** The partial's own fields plus those of partials it uses. */
  fields: FieldDeclaration[];
  /** Only what its own front matter declares. */
  ownFields: FieldDeclaration[];
  body: string;
  /** The file line (1-based) on which the body starts, after the front matter. */
  bodyLine: number;
  ast: hbs.AST.Program;
  partialsUsed: string[];
}

export interface ParsedTemplate {
  id: string;
  title: string;
  description: string;
  /** What a new draft of this template encloses. */
  encloses: EnclosureDefault;
  /** `requests`: the letter answers every request of the inquiry (review stops on one it leaves out). */
  answers: TemplateAnswers;
  /** A sworn form: review stops when its jurat or notary block is gone. */
  sworn: boolean;
  file: string;
  /** The template's own fields, then those of the partials it uses (first declaration wins). */
  fields: FieldDeclaration[];
  body: string;
  bodyLine: number;
  ast: hbs.AST.Program;
  partialsUsed: string[];
}
