// Matrices and rectangles of PDF page space, as the content-stream reading of redaction needs them.
import type { Matrix } from '../../../../core/production/content-scan';
import type { Rect } from '../../../../core/production/page-geometry';

// The page-space arithmetic the content scan uses, so both read a content stream's positions alike.
export { IDENTITY, times, type Matrix } from '../../../../core/production/content-scan';

/** The upright bounds of the rectangle (x0, y0)–(x1, y1) mapped by m. */
export function boundsOf(m: Matrix, x0: number, y0: number, x1: number, y1: number): Rect {
  const xs = [m[0] * x0 + m[2] * y0, m[0] * x1 + m[2] * y0, m[0] * x0 + m[2] * y1, m[0] * x1 + m[2] * y1];
  const ys = [m[1] * x0 + m[3] * y0, m[1] * x1 + m[3] * y0, m[1] * x0 + m[3] * y1, m[1] * x1 + m[3] * y1];
  const x = Math.min(...xs) + m[4];
  const y = Math.min(...ys) + m[5];
  return { x, y, width: Math.max(...xs) + m[4] - x, height: Math.max(...ys) + m[5] - y };
}

export function union(a: Rect | undefined, b: Rect): Rect {
  if (!a) return b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/** How far two rectangles overlap across and up (negative when apart). */
export const overlap = (a: Rect, b: Rect) => ({
  x: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
  y: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
});

export const underAny = (r: Rect, boxes: readonly Rect[]): boolean =>
  boxes.some((b) => {
    const o = overlap(r, b);
    return o.x > 0 && o.y > 0;
  });

/** Not turned or slanted other than by a quarter turn: its bounds are its shape. */
export const isStraight = (m: Matrix): boolean =>
  (Math.abs(m[1]) < 1e-6 && Math.abs(m[2]) < 1e-6) || (Math.abs(m[0]) < 1e-6 && Math.abs(m[3]) < 1e-6);
