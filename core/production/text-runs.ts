// A PDF page's text as pdf.js hands it over (runs of text, each with its matrix and width), joined into one
// string to search, and turned back into rectangles on the page for the passages found there.
import type { Rect } from './page-geometry';
import type { TextSpan } from './phrase-match';

export interface TextRun {
  str: string;
  /** [a, b, c, d, e, f]: the run's text matrix in page space; (e, f) is where its baseline starts. */
  transform: number[];
  /** Advance of the whole run along its baseline, in page units. */
  width: number;
  height: number;
  hasEOL: boolean;
}

export interface JoinedText {
  text: string;
  /** Where each run starts in `text`. */
  offsets: number[];
}

const size = (run: TextRun) =>
  Math.abs(run.height) || Math.hypot(run.transform[2] ?? 0, run.transform[3] ?? 0) || 1;

/**
 * The runs as one text: a line break after a run that ends a line, and a space between two runs that sit
 * apart on a line without one, so words set separately are still found as a phrase.
 */
export function joinRuns(runs: readonly TextRun[]): JoinedText {
  let text = '';
  const offsets: number[] = [];
  let previous: TextRun | undefined;
  for (const run of runs) {
    if (previous && !previous.hasEOL && !/\s$/.test(text) && !/^\s/.test(run.str)) {
      const end = (previous.transform[4] ?? 0) + previous.width;
      const gap = (run.transform[4] ?? 0) - end;
      const sameLine =
        Math.abs((run.transform[5] ?? 0) - (previous.transform[5] ?? 0)) < size(previous) * 0.5;
      if (!sameLine || gap > size(previous) * 0.1) text += ' ';
    }
    offsets.push(text.length);
    text += run.str;
    if (run.hasEOL) text += '\n';
    previous = run;
  }
  return { text, offsets };
}

/** Widths of texts at size 1, one function per font the run may be set in. */
export type Measures = readonly ((text: string) => number)[];

/**
 * The rectangle (page space) of characters [from, to) of a run. pdf.js gives the width of a whole run, not of
 * each letter, so where the slice starts and ends is estimated from each measure's share of the run's width
 * (a sans, a serif and a fixed-width face), taking the earliest start and the latest end: a box may cover a
 * little more than the slice, never less. It reaches a quarter of the size below the baseline (descenders)
 * and the full size above it, plus `pad` all round.
 */
export function sliceRect(run: TextRun, from: number, to: number, measures: Measures, pad = 1): Rect {
  const [a = 1, b = 0, , , e = 0, f = 0] = run.transform;
  const shares = measures.map((widthOf) => {
    const total = widthOf(run.str) || 1;
    return [widthOf(run.str.slice(0, from)) / total, widthOf(run.str.slice(0, to)) / total] as const;
  });
  const startAt = Math.min(...shares.map((s) => s[0])) * run.width;
  const endAt = Math.max(...shares.map((s) => s[1])) * run.width;
  const length = Math.hypot(a, b) || 1;
  const [dx, dy] = [a / length, b / length];
  const [ux, uy] = [-dy, dx];
  const h = size(run);
  const corners = [
    [startAt, -0.25 * h],
    [endAt, -0.25 * h],
    [startAt, h],
    [endAt, h],
  ].map(([along, up]) => [e + dx * along! + ux * up!, f + dy * along! + uy * up!] as const);
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const x = Math.min(...xs) - pad;
  const y = Math.min(...ys) - pad;
  return { x, y, width: Math.max(...xs) + pad - x, height: Math.max(...ys) + pad - y };
}

export const runRect = (run: TextRun): Rect => sliceRect(run, 0, run.str.length, [(s) => s.length], 0);

/** The rectangles covering a span of the joined text: one per run it touches. */
export function spanRects(
  runs: readonly TextRun[],
  joined: JoinedText,
  span: TextSpan,
  measures: Measures,
): Rect[] {
  const rects: Rect[] = [];
  runs.forEach((run, i) => {
    const start = joined.offsets[i]!;
    const from = Math.max(span.start, start);
    const to = Math.min(span.end, start + run.str.length);
    if (from < to) rects.push(sliceRect(run, from - start, to - start, measures, 1.5));
  });
  return rects;
}
