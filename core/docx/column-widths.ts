// Table column widths, decided once for the DOCX export and the page view: every column gets room for its
// longest word, what is left goes to the columns with the most to say. No docx import, so the renderer can use it.
import type { TableRowNode } from '../document/model';
import { inlineText } from './inline-text';

const TWIPS_PER_INCH = 1440;
/** Width between 1-inch margins on US Letter. */
export const TEXT_WIDTH = TWIPS_PER_INCH * 6.5;
/** A cell's side margins. */
const CELL_MARGINS = 216;
/** Tables with more columns than this (a privilege log) are set in 10 point so their words fit. */
const DENSE_COLUMNS = 5;
export const DENSE_SIZE = 20;
/** Rough width of one character in twips, at 12 and at 10 point Times (10 point: room for "Memorandum"). */
const charWidth = (dense: boolean) => (dense ? 118 : 120);
export const isDense = (rows: readonly TableRowNode[]) =>
  Math.max(0, ...rows.map((row) => row.children.length)) > DENSE_COLUMNS;

interface ColumnNeed {
  /** Room for the longest word, which cannot wrap. */
  least: number;
  /** Room for the longest cell on one line, up to a sensible limit. */
  wanted: number;
}

function columnNeed(rows: readonly TableRowNode[], column: number): ColumnNeed {
  const texts = rows.flatMap(
    (row) => row.children[column]?.children.map((paragraph) => inlineText(paragraph.children)) ?? [],
  );
  // A line can break at a space or after a hyphen, so the unbreakable pieces are the ones between those.
  const longestWord = Math.max(
    3,
    ...texts.flatMap((text) => text.split(/\s+|(?<=-)/).map((word) => word.length)),
  );
  const CHAR = charWidth(isDense(rows));
  const longestText = Math.max(3, ...texts.map((text) => text.length));
  const least = Math.min(longestWord, 16) * CHAR + CELL_MARGINS;
  return { least, wanted: Math.max(least, Math.min(longestText, 45) * CHAR + CELL_MARGINS) };
}

/** Every column gets room for its longest word; what is left goes to the columns with the most to say. */
export function columnWidths(rows: readonly TableRowNode[]): number[] {
  const count = Math.max(1, ...rows.map((row) => row.children.length));
  const needs = Array.from({ length: count }, (_unused, column) => columnNeed(rows, column));
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const least = sum(needs.map((need) => need.least));
  const wanted = sum(needs.map((need) => need.wanted));
  let widths: number[];
  if (least >= TEXT_WIDTH) widths = needs.map((need) => (need.least * TEXT_WIDTH) / least);
  else if (wanted <= TEXT_WIDTH) widths = needs.map((need) => (need.wanted * TEXT_WIDTH) / wanted);
  else {
    const spare = TEXT_WIDTH - least;
    widths = needs.map((need) => need.least + (spare * (need.wanted - need.least)) / (wanted - least));
  }
  const whole = widths.map(Math.floor);
  whole[whole.length - 1]! += TEXT_WIDTH - sum(whole);
  return whole;
}
