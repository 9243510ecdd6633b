// Markup -> blocks: plain prose takes the fast path, the rest is parsed as Markdown chunk by chunk.
import type { ContentBlock } from '../model';
import type { FieldValue } from '../../template/field-token';
import type { ConvertContext } from './convert-context';
import { blockNodes } from './blocks';
import { collectNotes } from './footnotes';
import { parseMarkup } from './parse-markup';
import { segmentMarkup, type Segment } from './segments';

export interface ConvertOptions {
  /** Off only in tests, which check that both paths agree. */
  fastPath: boolean;
}

export function convertMarkup(
  markup: string,
  fields: readonly FieldValue[],
  options: ConvertOptions,
): ContentBlock[] {
  const base: ConvertContext = { source: markup, lineOffset: 0, fields, keepLines: false };
  const segments: Segment[] = options.fastPath
    ? segmentMarkup(markup, base)
    : [{ kind: 'markdown', text: markup, firstLine: 1 }];
  return segments.flatMap((segment) => {
    if (segment.kind === 'block') return [segment.block];
    const context: ConvertContext = { ...base, source: segment.text, lineOffset: segment.firstLine - 1 };
    const root = parseMarkup(segment.text);
    const notes = collectNotes(root);
    return blockNodes(root.children, notes ? { ...context, notes } : context);
  });
}
