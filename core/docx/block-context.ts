// What the block builders share while walking the document: exhibit labels, list instances, and a page
// break waiting for the next paragraph.
import { Paragraph } from 'docx';
import type { IParagraphOptions } from 'docx';
import type { InlineContext } from './inline-runs';

export interface BlockContext extends InlineContext {
  nextListInstance: () => number;
  /** Set by a page break; the next paragraph starts its page, so no empty line is left at the top. */
  pageBreakPending: boolean;
}

/** Every body paragraph is made here, so a pending page break lands on the first one that follows. */
export function makeParagraph(context: BlockContext, options: IParagraphOptions): Paragraph {
  // Widow and orphan control comes from the Normal style; repeating it here cost an element per paragraph.
  if (!context.pageBreakPending) return new Paragraph(options);
  context.pageBreakPending = false;
  return new Paragraph({ ...options, pageBreakBefore: true });
}
