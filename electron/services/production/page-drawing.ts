// Drawing on a produced page in seen coordinates (points from the top-left corner of the page as it is
// shown): the crop box and /Rotate of the page are read once, and text is turned with the page so it reads
// upright. The page's own content is wrapped in q … Q first, so a graphics state it leaves behind cannot
// move or scale what is drawn after it.
import {
  beginMarkedContent,
  degrees,
  endMarkedContent,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  type PDFFont,
  type PDFPage,
} from '@cantoo/pdf-lib';
import {
  normalizeRotation,
  seenSize,
  toPagePoint,
  toPageRect,
  type Rect,
  type Rotation,
} from '../../../core/production/page-geometry';

export interface PageFrame {
  /** The visible area (crop box, within the media box), page space. */
  box: Rect;
  rotation: Rotation;
  /** Width and height as seen. */
  seen: { width: number; height: number };
}

function clipToMedia(crop: Rect, media: Rect): Rect {
  const x = Math.max(crop.x, media.x);
  const y = Math.max(crop.y, media.y);
  const right = Math.min(crop.x + crop.width, media.x + media.width);
  const top = Math.min(crop.y + crop.height, media.y + media.height);
  return right > x && top > y ? { x, y, width: right - x, height: top - y } : media;
}

export function pageFrame(page: PDFPage): PageFrame {
  const box = clipToMedia(page.getCropBox(), page.getMediaBox());
  const rotation = normalizeRotation(page.getRotation().angle);
  return { box, rotation, seen: seenSize(box, rotation) };
}

const isolated = new WeakSet<PDFPage>();

/** Wraps what the page already draws in q … Q (once per page). */
export function isolateContent(page: PDFPage): void {
  if (isolated.has(page)) return;
  isolated.add(page);
  const context = page.doc.context;
  const start = context.register(context.contentStream([pushGraphicsState()]));
  const end = context.register(context.contentStream([popGraphicsState()]));
  page.node.wrapContentStreams(start, end);
}

/**
 * The marked-content tag around what a production draws on a page (boxes, reasons, the Bates label): the
 * check after cleaning reads the page's text without it. A record whose own content uses it is not cleaned.
 */
export const OUR_MARK = 'CounselDeskMark';

export function markedAsOurs(page: PDFPage, draw: () => void): void {
  isolateContent(page);
  page.pushOperators(beginMarkedContent(OUR_MARK));
  draw();
  page.pushOperators(endMarkedContent());
}

export const BLACK = rgb(0, 0, 0);
export const WHITE = rgb(1, 1, 1);

export function drawSeenRect(page: PDFPage, frame: PageFrame, rect: Rect, color = WHITE): void {
  isolateContent(page);
  const r = toPageRect(frame.box, frame.rotation, rect);
  page.drawRectangle({ x: r.x, y: r.y, width: r.width, height: r.height, color, borderWidth: 0 });
}

/** Text whose baseline starts at (u, t) as seen, upright as seen (or reading upwards when `vertical`). */
export function drawSeenText(
  page: PDFPage,
  frame: PageFrame,
  text: string,
  at: { u: number; t: number; size: number; vertical?: boolean },
  font: PDFFont,
  color = BLACK,
): void {
  isolateContent(page);
  const p = toPagePoint(frame.box, frame.rotation, at.u, at.t);
  page.drawText(text, {
    x: p.x,
    y: p.y,
    size: at.size,
    font,
    color,
    rotate: degrees(frame.rotation + (at.vertical ? 90 : 0)),
  });
}
