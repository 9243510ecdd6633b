// What is printed on a produced page besides its content: the Bates label in the first free corner, and on
// a redacted page each box's reason and a legend naming its reasons in full. All in seen coordinates.
import type { PDFFont, PDFPage } from '@cantoo/pdf-lib';
import {
  chooseStampPlace,
  firstFreePlace,
  toSeenRect,
  type Rect,
  type StampPlace,
} from '../../../core/production/page-geometry';
import { legendText, reasonMark } from '../../../core/production/reason-label';
import { runRect, type TextRun } from '../../../core/production/text-runs';
import { pageContentBoxes } from './page-content';
import { BLACK, drawSeenRect, drawSeenText, WHITE, type PageFrame } from './page-drawing';
import { printable, type StampFonts } from './stamp-fonts';

/** The Bates label's size in points (Helvetica Bold); its box is 2 points wider on each side. */
export const LABEL_SIZE = 9;

/**
 * Where a page draws (text and pictures), seen coordinates, to keep the label off it: read from its content
 * stream, or from pdf.js's text (`readRuns`) when the stream cannot be read that way; `runs` (the text read
 * for redacting phrases) is avoided too.
 */
export async function labelAvoids(
  sourcePage: PDFPage,
  frame: PageFrame,
  runs: readonly TextRun[],
  readRuns: () => Promise<readonly TextRun[]>,
): Promise<Rect[]> {
  const drawn = pageContentBoxes(sourcePage) ?? (await readRuns()).filter((r) => r.str.trim()).map(runRect);
  const occupied = [...drawn, ...runs.filter((r) => r.str.trim()).map(runRect)];
  return occupied.map((r) => toSeenRect(frame.box, frame.rotation, r));
}

/** Where the label goes on a page of this seen size, off the page's drawing (`text`, seen coordinates). */
export function labelPlace(
  seen: { width: number; height: number },
  label: string,
  font: PDFFont,
  text: readonly Rect[],
): StampPlace {
  const width = font.widthOfTextAtSize(label, LABEL_SIZE);
  return chooseStampPlace(seen, { width: width + 4, height: LABEL_SIZE + 4 }, text);
}

/** Stamps the label; returns where it went, so nothing else is printed over it. */
export function stampLabel(
  page: PDFPage,
  frame: PageFrame,
  label: string,
  fonts: StampFonts,
  text: readonly Rect[],
): Rect {
  const place = labelPlace(frame.seen, label, fonts.label, text);
  if (place.overContent) drawSeenRect(page, frame, place.rect, WHITE);
  const { x, y, height } = place.rect;
  drawSeenText(
    page,
    frame,
    label,
    { u: x + 2, t: y + height - 2 - LABEL_SIZE * 0.2, size: LABEL_SIZE },
    fonts.label,
  );
  return place.rect;
}

/** Each box's reason in white on the box (when it fits), and the legend of the page's reasons. */
export function printReasons(
  page: PDFPage,
  frame: PageFrame,
  boxes: readonly { rect: Rect; reason: string }[],
  fonts: StampFonts,
  avoid: readonly Rect[],
): void {
  for (const box of boxes) {
    const mark = reasonMark(box.rect, printable(box.reason), fonts.widthOf);
    if (mark) drawSeenText(page, frame, mark.text, mark, fonts.reason, WHITE);
  }
  const legend = printable(legendText(boxes.map((b) => b.reason)));
  const room = frame.seen.width - 36;
  const size = Math.max(4, Math.min(7, room / (fonts.widthOf(legend) || 1)));
  const width = Math.min(room, fonts.widthOf(legend) * size) + 4;
  const height = size + 4;
  const place = firstFreePlace(
    [
      { x: 18, y: 10, width, height },
      { x: 18, y: frame.seen.height - 10 - height - LABEL_SIZE - 6, width, height },
      { x: 18, y: frame.seen.height - 6 - height, width, height },
    ],
    [...avoid, ...boxes.map((b) => b.rect)],
  );
  if (place.overContent) drawSeenRect(page, frame, place.rect, WHITE);
  drawSeenText(
    page,
    frame,
    legend,
    { u: place.rect.x + 2, t: place.rect.y + height - 2 - size * 0.2, size },
    fonts.reason,
    BLACK,
  );
}
