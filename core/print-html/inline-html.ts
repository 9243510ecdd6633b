// Inline content -> HTML, as the DOCX exporter writes runs (core/docx/inline-runs.ts): text with its marks,
// matter values isolated from the letter's direction (isolateValue, the DOCX's own FSI…PDI), an empty field as
// a highlighted "[Label]", exhibit references with their current labels, footnote markers numbered in
// reading order (the notes print at the end of the letter).
import { isolateValue } from '../document/isolate-value';
import { isFieldNode, isFootnote } from '../document/model';
import type { Alignment, FootnoteNode, InlineNode } from '../document/model';
import { stripControlCharacters } from '../template/field-token';
import { escapeHtml } from './escape';

export interface InlineHtmlContext {
  /** Exhibit id -> current label ("B"). */
  exhibitLabels: ReadonlyMap<string, string>;
  /** Footnotes in the order met; a marker's number is its place here. */
  notes: FootnoteNode[];
}

export const alignStyle = (align: Alignment | undefined): string =>
  align ? ` style="text-align:${align}"` : '';

interface Marks {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

function marked(html: string, node: Marks, base: Marks): string {
  let out = html;
  if (node.underline || base.underline) out = `<u>${out}</u>`;
  if (node.italic || base.italic) out = `<i>${out}</i>`;
  if (node.bold || base.bold) out = `<b>${out}</b>`;
  return out;
}

/** Text as the page shows it: tabs and line breaks kept (the paragraph is `white-space: pre-wrap`). */
const textHtml = (text: string): string => escapeHtml(text);

function footnoteHtml(note: FootnoteNode, context: InlineHtmlContext): string {
  context.notes.push(note);
  const number = context.notes.length;
  return `<sup class="note-ref">${number}</sup>`;
}

export function inlineHtml(
  children: readonly InlineNode[],
  context: InlineHtmlContext,
  base: Marks = {},
): string {
  return children
    .map((child) => {
      if (isFootnote(child)) return footnoteHtml(child, context);
      if (isFieldNode(child)) {
        if (stripControlCharacters(child.value).trim() !== '')
          return marked(textHtml(isolateValue(child.value)), child, base);
        // An empty field stays visible, so nobody signs a letter with a hole in it.
        return marked(`<mark>[${textHtml(child.label || child.path)}]</mark>`, child, base);
      }
      if ('type' in child && child.type === 'exhibit-ref') {
        const label = context.exhibitLabels.get(child.exhibitId) ?? child.label;
        return marked(`Exhibit ${textHtml(isolateValue(label))}`, {}, base);
      }
      return marked(textHtml(child.text), child, base);
    })
    .join('');
}

/** The footnotes met so far, as the letter's notes: number, then the note's text. */
export function notesHtml(context: InlineHtmlContext): string {
  if (context.notes.length === 0) return '';
  const items = context.notes.map(
    (note, index) =>
      `<p class="note"><sup>${index + 1}</sup> ${inlineHtml(note.children, { ...context, notes: [] })}</p>`,
  );
  return `<section class="notes">${items.join('')}</section>`;
}
