// What is printed on a produced page besides its content: the Bates label in the first free corner, and on
// a redacted page each box's reason and a legend naming its reasons in full. All in seen coordinates.
import type { PDFPage } from '@cantoo/pdf-lib';
import { chooseStampPlace, firstFreePlace, type Rect } from '../../../core/production/page-geometry';
import { legendText, reasonMark } from '../../../core/production/reason-label';
import { BLACK, drawSeenRect, drawSeenText, WHITE, type PageFrame } from './page-drawing';
import { printable, type StampFonts } from './stamp-fonts';

const LABEL_SIZE = 9;

/** Stamps the label; returns where it went, so nothing else is printed over it. */
export function stampLabel(
  page: PDFPage,
  frame: PageFrame,
  label: string,
  fonts: StampFonts,
  text: readonly Rect[],
): Rect {
  const width = fonts.label.widthOfTextAtSize(label, LABEL_SIZE);
  const place = chooseStampPlace(frame.seen, { width: width + 4, height: LABEL_SIZE + 4 }, text);
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
