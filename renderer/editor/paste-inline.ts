// The inline half of pasting HTML: text with bold, italic and underline, from tags (b, strong, i, em, u)
// and from the inline styles Word and Google Docs write (font-weight, font-style, text-decoration).
import type { FormattedText } from '../../core/document/model';
import { stripControlCharacters } from '../../core/template/field-token';

export interface Marks {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export function marksOf(element: Element, inherited: Marks): Marks {
  const marks: Marks = { ...inherited };
  const tag = element.tagName.toLowerCase();
  if (tag === 'b' || tag === 'strong') marks.bold = true;
  if (tag === 'i' || tag === 'em') marks.italic = true;
  if (tag === 'u' || tag === 'ins') marks.underline = true;
  const style = (element.getAttribute('style') ?? '').toLowerCase();
  const weight = /font-weight:\s*([a-z0-9]+)/.exec(style)?.[1];
  if (weight) marks.bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  const fontStyle = /font-style:\s*([a-z]+)/.exec(style)?.[1];
  if (fontStyle) marks.italic = fontStyle === 'italic' || fontStyle === 'oblique';
  const decoration = /text-decoration(?:-line)?:\s*([a-z ]+)/.exec(style)?.[1];
  if (decoration) marks.underline = decoration.includes('underline');
  return marks;
}

/** Word's list markers and other content Word hides with `mso-list:Ignore` or `display:none`. */
export const isHiddenInline = (element: Element): boolean => {
  const style = (element.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('mso-list:ignore') || style.includes('display:none');
};

function pushText(out: FormattedText[], text: string, marks: Marks): void {
  if (text === '') return;
  const last = out[out.length - 1];
  const same =
    last &&
    !!last.bold === !!marks.bold &&
    !!last.italic === !!marks.italic &&
    !!last.underline === !!marks.underline;
  if (last && same) {
    last.text += text;
    return;
  }
  const node: FormattedText = { text };
  if (marks.bold) node.bold = true;
  if (marks.italic) node.italic = true;
  if (marks.underline) node.underline = true;
  out.push(node);
}

/** Collects the formatted text of `nodes` (inline content only; callers handle nested blocks). */
export function inlineText(
  nodes: Iterable<ChildNode>,
  marks: Marks,
  out: FormattedText[] = [],
): FormattedText[] {
  for (const node of nodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      pushText(out, stripControlCharacters((node.textContent ?? '').replace(/[ \t\r\n]+/g, ' ')), marks);
    } else if (node instanceof Element) {
      const tag = node.tagName.toLowerCase();
      if (tag === 'br') pushText(out, '\n', marks);
      else if (!isHiddenInline(node) && tag !== 'style' && tag !== 'script')
        inlineText(node.childNodes, marksOf(node, marks), out);
    }
  }
  return out;
}

/** Trims the whitespace HTML source formatting leaves at the edges of a block. */
export function tidyInlines(texts: FormattedText[]): FormattedText[] {
  const first = texts[0];
  if (first) first.text = first.text.replace(/^ +/, '');
  const last = texts[texts.length - 1];
  if (last) last.text = last.text.replace(/ +$/, '');
  const kept = texts.filter((t) => t.text !== '');
  return kept.length > 0 ? kept : [{ text: '' }];
}
