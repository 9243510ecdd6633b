// Rendered template markup (with field tokens in place of matter values) -> the document model.
import type { BlockNode } from './model';
import type { FieldValue } from '../template/field-token';
import { parseMarkup } from './markup/parse-markup';
import { blockNodes } from './markup/blocks';

/**
 * Converts markup to blocks. Throws a TemplateError (with line and column in `markup`) for an unknown
 * directive; everything else in Markdown has a reasonable reading.
 */
export function markupToBlocks(markup: string, fields: FieldValue[]): BlockNode[] {
  const tree = parseMarkup(markup);
  return blockNodes(tree.children, { source: markup, fields, keepLines: false });
}
