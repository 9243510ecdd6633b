// Rendered template markup (with field tokens in place of matter values) -> the document model.
import type { ContentBlock } from './model';
import type { FieldValue } from '../template/field-token';
import { convertMarkup } from './markup/convert-markup';

/**
 * Converts markup to blocks. Throws a TemplateError (with line and column in `markup`, no file) for an
 * unknown directive; everything else in Markdown has a reasonable reading.
 */
export const markupToBlocks = (markup: string, fields: FieldValue[]): ContentBlock[] =>
  convertMarkup(markup, fields, { fastPath: true });
