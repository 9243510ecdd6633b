// What block and inline conversion share while walking one markup tree.
import type { Node } from 'unist';
import type { FieldValue } from '../../template/field-token';
import { TemplateError } from '../../template/template-error';
import type { MarkupNotes } from './footnotes';

export interface Marks {
  bold?: true;
  italic?: true;
  underline?: true;
}

export interface ConvertContext {
  /** The markup being parsed, so unknown text directives can be put back exactly as written. */
  source: string;
  /** Lines of the whole markup before `source` (it may be one chunk of it), for error positions. */
  lineOffset: number;
  fields: readonly FieldValue[];
  /** Inside letter parts every source line is its own line; elsewhere a soft line break is a space. */
  keepLines: boolean;
  /** The template's footnote definitions, when it has any. */
  notes?: MarkupNotes;
  /** Converting a footnote's own text: a reference there stays text (a note never holds another). */
  inNote?: boolean;
}

export function markupError(context: ConvertContext, node: Node, message: string): TemplateError {
  const start = node.position?.start;
  // The markup has no file of its own; the renderer knows which template produced it.
  return new TemplateError('', start ? start.line + context.lineOffset : 0, start?.column ?? 0, message);
}

/** The exact source text of a node. */
export const sourceOf = (context: ConvertContext, node: Node): string => {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : context.source.slice(start, end);
};
