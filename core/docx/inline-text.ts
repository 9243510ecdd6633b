// The text a reader sees for some inline content, for layout decisions (column widths, signing lines). No docx
// import, so the renderer's page view can share it.
import type { InlineNode } from '../document/model';
import { isFieldNode, isFootnote } from '../document/model';

/** The text a reader sees for some inline content (placeholders and exhibit labels included), for layout decisions. */
export const inlineText = (children: readonly InlineNode[]): string =>
  children
    .map((child) => {
      if (isFieldNode(child))
        return child.value.trim() !== '' ? child.value : `[${child.label || child.path}]`;
      if (isFootnote(child)) return ''; // its text is at the foot of the page, not in the line
      if ('type' in child) return `Exhibit ${child.label}`;
      return child.text;
    })
    .join('');
