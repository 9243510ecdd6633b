// What the page view lays out: each block of the exported document described as the DOCX exporter sets it
// (sizes in points), so the renderer can draw it and measure its lines without knowing the document model.
import type { Alignment } from '../document/model';

export interface FlowRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** An empty field shown as "[label]" on yellow, as the export highlights it. */
  placeholder?: boolean;
  /** Set larger than its paragraph (the letterhead's first line). */
  sizePt?: number;
  /** A footnote reference mark (its number). */
  noteNumber?: number;
}

export interface FlowParagraph {
  kind: 'paragraph';
  runs: FlowRun[];
  align: Alignment;
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  leftPt: number;
  rightPt: number;
  /** The first line starts this far before `leftPt` (Word's hanging indent). */
  hangingPt: number;
  /** Text hung in the hanging indent before a tab: a list number, a bullet, "Re:", "cc:". */
  label?: { text: string; bold?: boolean };
  beforePt: number;
  afterPt: number;
  keepNext: boolean;
  keepLines: boolean;
  pageBreakBefore: boolean;
  /** The footnotes whose marks stand in this paragraph, in order: printed at the foot of the mark's page. */
  notes?: FlowNote[];
  /** A rule under the paragraph (the letterhead's last line): its width and its distance from the text. */
  rule?: { widthPt: number; spacePt: number };
}

export interface FlowNote {
  number: number;
  runs: FlowRun[];
}

export interface FlowCell {
  align?: Alignment;
  paragraphs: FlowRun[][];
}

export interface FlowRow {
  header: boolean;
  cells: FlowCell[];
}

export interface FlowTable {
  kind: 'table';
  rows: FlowRow[];
  widthsPt: number[];
  sizePt: number;
  /** Space above and below each cell's paragraphs. */
  cellPaddingPt: number;
  /** Shading of the header row, as a CSS colour. */
  headerFill?: string;
  pageBreakBefore: boolean;
}

export type FlowBlock = FlowParagraph | FlowTable;

/** A paragraph with the exporter's defaults (Normal style: 12 pt, a blank line after, left aligned). */
export function paragraph(runs: FlowRun[], rest: Partial<FlowParagraph> = {}): FlowParagraph {
  return {
    kind: 'paragraph',
    runs,
    align: 'left',
    sizePt: 12,
    leftPt: 0,
    rightPt: 0,
    hangingPt: 0,
    beforePt: 0,
    afterPt: 12,
    keepNext: false,
    keepLines: false,
    pageBreakBefore: false,
    ...rest,
  };
}

/** A footnote as printed at the foot of its page ("footnote text": 10 point, no space after), its number raised. */
export const noteParagraph = (note: FlowNote): FlowParagraph =>
  paragraph([{ text: String(note.number), noteNumber: note.number }, ...note.runs], {
    sizePt: 10,
    afterPt: 0,
  });
