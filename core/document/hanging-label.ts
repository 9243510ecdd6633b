// A letter's hanging labels: "Re:" before the subject lines and "cc:" before the copies, set in the margin
// before a tab. The DOCX, the print HTML and the page view split them off the same way.
import type { FormattedText, InlineNode } from './model';

// The label, then the space or line break the template put after it (the tab replaces both).
export const RE_PREFIX = /^\s*(re:)[ \t]*\n?[ \t]*/i;
export const CC_PREFIX = /^\s*(b?cc:)[ \t]*\n?[ \t]*/i;

const isPlainText = (node: InlineNode | undefined): node is FormattedText =>
  node !== undefined && !('type' in node) && 'text' in node;

/** Splits a leading "Re:" (or "cc:") off the paragraph's leading text, to hang it in the margin. */
export function splitPrefix(
  children: readonly InlineNode[],
  pattern: RegExp,
): { prefix?: string; rest: InlineNode[] } {
  let leadingCount = 0;
  while (isPlainText(children[leadingCount])) leadingCount += 1;
  const leading = children
    .slice(0, leadingCount)
    .map((node) => (node as FormattedText).text)
    .join('');
  const match = pattern.exec(leading);
  if (!match) return { rest: [...children] };
  let toRemove = match[0].length;
  const rest: InlineNode[] = [];
  children.forEach((child, index) => {
    if (index >= leadingCount || toRemove === 0 || !isPlainText(child)) {
      rest.push(child);
      return;
    }
    const kept = child.text.slice(toRemove);
    toRemove = Math.max(0, toRemove - child.text.length);
    if (kept !== '') rest.push({ ...child, text: kept });
  });
  return { prefix: match[1], rest };
}
