// A footnote in the letter -> a real Word footnote: the reference mark where the note stands in the text
// (Word numbers the marks in reading order), and the note's text at the foot of the page in Word's own
// "footnote text" style.
import { FootnoteReferenceRun, Paragraph } from 'docx';
import type { IStylesOptions, ParagraphChild } from 'docx';
import type { FootnoteNode, InlineNode } from '../document/model';
import type { InlineContext } from './inline-runs';

export const FOOTNOTE_TEXT_STYLE = 'FootnoteText';
const FOOTNOTE_REFERENCE_STYLE = 'FootnoteReference';

type Runs = (children: readonly InlineNode[], context: InlineContext) => ParagraphChild[];

/** `runs` writes the note's text as the body's text is written (passed in, so the two files need not import each other). */
export function footnoteRun(note: FootnoteNode, context: InlineContext, runs: Runs): FootnoteReferenceRun {
  return new FootnoteReferenceRun({
    children: [new Paragraph({ style: FOOTNOTE_TEXT_STYLE, children: runs(note.children, context) })],
  });
}

/**
 * The styles plus Word's "footnote text" (two points smaller than the body, single-spaced, no space after)
 * and "footnote reference" (superscript) to the letter's styles, under Word's own ids.
 */
export function withFootnoteStyles(styles: IStylesOptions, bodySize: number): IStylesOptions {
  return {
    ...styles,
    paragraphStyles: [
      ...(styles.paragraphStyles ?? []),
      {
        id: FOOTNOTE_TEXT_STYLE,
        name: 'footnote text',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: bodySize - 4 },
        paragraph: { spacing: { before: 0, after: 0, line: 240 } },
      },
    ],
    characterStyles: [
      ...(styles.characterStyles ?? []),
      { id: FOOTNOTE_REFERENCE_STYLE, name: 'footnote reference', run: { superScript: true } },
    ],
  };
}
