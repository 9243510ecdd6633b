// Converts Markdown phrasing content (text, emphasis, links, directives...) into the model's inline nodes.
import type { PhrasingContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { FieldNode, InlineNode } from '../model';
import { splitFieldTokens } from '../../template/field-token';
import { markupError, sourceOf, type ConvertContext, type Marks } from './convert-context';
import { normalizeInlines } from './normalize-inlines';
import { footnoteFor } from './footnotes';

/** Text with field tokens becomes text runs and `field` nodes, all carrying the surrounding marks. */
export function textWithFields(text: string, marks: Marks, context: ConvertContext): InlineNode[] {
  // Most text holds no field; skip the token scan for it (long documents are mostly such text).
  if (!text.includes('\uE000')) return text === '' ? [] : [{ text, ...marks }];
  const out: InlineNode[] = [];
  for (const piece of splitFieldTokens(text)) {
    if (piece.kind === 'text') {
      out.push({ text: piece.text, ...marks });
      continue;
    }
    const field = context.fields[piece.index];
    // Tokens are written only by the renderer; anything else that looks like one is text a person wrote.
    if (!field) {
      out.push({ text: piece.source, ...marks });
      continue;
    }
    const node: FieldNode = {
      type: 'field',
      path: field.path,
      label: field.label,
      value: field.value,
      ...(field.format ? { format: field.format } : {}),
      required: field.required,
      ...(field.itemKey ? { itemKey: field.itemKey } : {}),
      ...marks,
      children: [{ text: '' }],
    };
    out.push(node);
  }
  return out;
}

// A soft line break (a newline inside a text node) is a space in prose and a line break in letter parts. The
// parser has already dropped the spaces around it; spaces left there were written on purpose (as &#32;).
const lineBreaks = (text: string, context: ConvertContext): string =>
  context.keepLines ? text : text.replace(/\n/g, ' ');

function textDirective(node: TextDirective, marks: Marks, context: ConvertContext): InlineNode[] {
  if (node.name === 'u') return phrasing(node.children, { ...marks, underline: true }, context);
  const hasLabelOrAttributes = node.children.length > 0 || Object.keys(node.attributes ?? {}).length > 0;
  if (hasLabelOrAttributes) {
    throw markupError(
      context,
      node,
      `Unknown inline directive ":${node.name}[…]". The only inline directive is :u[text] (underline).`,
    );
  }
  // "10:30" or "Re:Dallas" parse as directives; without a label they are ordinary prose.
  return textWithFields(sourceOf(context, node), marks, context);
}

function phrasingNode(node: PhrasingContent, marks: Marks, context: ConvertContext): InlineNode[] {
  switch (node.type) {
    case 'text':
      return textWithFields(lineBreaks(node.value, context), marks, context);
    case 'html':
      // <br> is how Markdown writes a line break where a newline cannot stand (a table cell, a heading).
      if (/^<br\s*\/?>$/i.test(node.value)) return [{ text: '\n', ...marks }];
      return textWithFields(node.value, marks, context);
    case 'inlineCode':
      return textWithFields(node.value, marks, context);
    case 'strong':
      return phrasing(node.children, { ...marks, bold: true }, context);
    case 'emphasis':
      return phrasing(node.children, { ...marks, italic: true }, context);
    case 'delete':
      return phrasing(node.children, marks, context);
    case 'break':
      return [{ text: '\n', ...marks }];
    case 'link': {
      const inner = phrasing(node.children, marks, context);
      const shown = toString(node);
      const url = node.url.replace(/^mailto:/, '');
      // A bare www.example.com becomes a link to http://www.example.com: its text is the address already.
      return shown === url || shown === node.url || `http://${shown}` === node.url
        ? inner
        : [...inner, ...textWithFields(` (${url})`, marks, context)];
    }
    case 'linkReference':
      return phrasing(node.children, marks, context);
    case 'footnoteReference': {
      const note = footnoteFor(node, context, phrasing);
      return note ? [note] : [{ text: `[${node.label ?? node.identifier}]`, ...marks }];
    }
    case 'textDirective':
      return textDirective(node, marks, context);
    case 'image':
    case 'imageReference':
      return [];
    default:
      return [];
  }
}

/** Raw converted inlines (not yet merged); use `inlineChildren` for a block's final children. */
export function phrasing(
  nodes: readonly PhrasingContent[],
  marks: Marks,
  context: ConvertContext,
): InlineNode[] {
  const out: InlineNode[] = [];
  let droppedAfterSpace = false;
  for (const node of nodes) {
    const converted = phrasingNode(node, marks, context);
    const first = converted[0];
    // "An image ![x](y) here" would leave two spaces where the image was.
    if (droppedAfterSpace && first && 'text' in first && /^\s/.test(first.text)) {
      converted[0] = { ...first, text: first.text.replace(/^\s+/, '') };
    }
    const last = out[out.length - 1];
    droppedAfterSpace =
      converted.length === 0
        ? droppedAfterSpace || (last !== undefined && 'text' in last && /\s$/.test(last.text))
        : false;
    out.push(...converted);
  }
  return out;
}

/** A block's children: merged, trimmed of line-edge whitespace, and in the shape Slate expects. */
export const inlineChildren = (nodes: readonly PhrasingContent[], context: ConvertContext): InlineNode[] =>
  normalizeInlines(phrasing(nodes, {}, context));
