// The parts of a letter as the DOCX lays them out (core/docx/letter-parts.ts): lines close together with a
// blank line after the part, a hanging "Re:" (bold) and "cc:", enclosures hanging under their heading, room
// to sign after the closing, and parts that must not split kept on one page with what follows them.
import type { ContentBlock, FormattedText, LetterPartNode, ParagraphNode } from '../document/model';
import { CC_PREFIX, RE_PREFIX, splitPrefix } from '../document/hanging-label';
import { isText } from '../document/model';
import { escapeHtml } from './escape';
import { alignStyle, inlineHtml, type InlineHtmlContext } from './inline-html';

const plain = (paragraph: ParagraphNode): string =>
  paragraph.children.map((child) => (isText(child) && !('type' in child) ? child.text : 'x')).join('');

const isSigningLine = (part: LetterPartNode, paragraph: ParagraphNode) =>
  part.type === 'signature-block' && /^_{5,}$/.test(plain(paragraph).trim());

const closes = (part: LetterPartNode, paragraph: ParagraphNode) =>
  part.type === 'signature-block' && plain(paragraph).trim().endsWith(',');

const TRAILING = new Set(['enclosures', 'cc-block']);

function hanging(
  paragraph: ParagraphNode,
  pattern: RegExp,
  fallback: string | undefined,
  context: InlineHtmlContext,
) {
  const { prefix, rest } = splitPrefix(paragraph.children, pattern);
  const label = prefix ?? fallback;
  if (label === undefined) return undefined;
  const labelHtml = /^re:$/i.test(label) ? `<b>${escapeHtml(label)}</b>` : escapeHtml(label);
  return `<span class="hang-label">${labelHtml}</span>${inlineHtml(rest, context)}`;
}

function partLine(part: LetterPartNode, paragraph: ParagraphNode, index: number, context: InlineHtmlContext) {
  const classes = ['line'];
  if (index === part.children.length - 1) classes.push('last');
  if (closes(part, paragraph)) classes.push('closing');
  if (index === 0 && isSigningLine(part, paragraph)) classes.push('signing');
  let content: string | undefined;
  if (index === 0 && part.type === 're-line') content = hanging(paragraph, RE_PREFIX, 'Re:', context);
  if (index === 0 && part.type === 'cc-block') content = hanging(paragraph, CC_PREFIX, undefined, context);
  if (content !== undefined) classes.push('hanging');
  else if ((part.type === 're-line' || part.type === 'cc-block') && index > 0) classes.push('under');
  const marks = part.type === 'delivery-line' ? { bold: true } : {};
  const html = content ?? inlineHtml(paragraph.children, context, marks);
  return `<p class="${classes.join(' ')}"${alignStyle(paragraph.align)}>${html}</p>`;
}

/** The letterhead's first line (up to its first line break), set larger and bold as the DOCX sets it. */
function letterheadFirst(paragraph: ParagraphNode, context: InlineHtmlContext): string {
  const at = paragraph.children.findIndex(
    (node) => isText(node) && !('type' in node) && node.text.includes('\n'),
  );
  if (at < 0) return `<span class="first-line">${inlineHtml(paragraph.children, context)}</span>`;
  const node = paragraph.children[at] as FormattedText;
  const cut = node.text.indexOf('\n');
  const first = [...paragraph.children.slice(0, at), { ...node, text: node.text.slice(0, cut) }];
  const rest = [{ ...node, text: node.text.slice(cut) }, ...paragraph.children.slice(at + 1)];
  return `<span class="first-line">${inlineHtml(first, context)}</span>${inlineHtml(rest, context)}`;
}

/** The letterhead heading page one: centred lines, the first set larger. */
export function letterheadHtml(part: LetterPartNode, context: InlineHtmlContext): string {
  const lines = part.children.map(
    (paragraph, index) =>
      `<p class="line"${alignStyle(paragraph.align ?? 'center')}>${
        index === 0 ? letterheadFirst(paragraph, context) : inlineHtml(paragraph.children, context)
      }</p>`,
  );
  return `<div class="part letterhead-lines">${lines.join('')}</div>`;
}

export function letterPartHtml(
  part: LetterPartNode,
  next: ContentBlock | undefined,
  context: InlineHtmlContext,
) {
  const keepWithNext =
    (part.type === 'signature-block' || TRAILING.has(part.type)) &&
    next !== undefined &&
    TRAILING.has(next.type);
  const classes = ['part', part.type, ...(keepWithNext ? ['keep-next'] : [])];
  const lines = part.children.map((paragraph, index) =>
    part.type === 'letterhead'
      ? `<p class="line${index === part.children.length - 1 ? ' last' : ''}"${alignStyle(paragraph.align ?? 'center')}>${inlineHtml(paragraph.children, context)}</p>`
      : partLine(part, paragraph, index, context),
  );
  return `<div class="${classes.join(' ')}">${lines.join('')}</div>`;
}
