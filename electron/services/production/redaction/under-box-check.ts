// The check after a page is cleaned: its text read back by pdf.js (an independent reader), skipping only what
// the production drew itself (page-drawing.ts's mark), must have nothing under any redaction box. A run counts
// as under a box when more of it is covered than the edge of a glyph the box grazed (text-removal keeps those).
import type { Rect } from '../../../../core/production/page-geometry';
import { OUR_MARK } from '../page-drawing';
import { boundsOf, overlap, type Matrix } from './matrix';

interface ItemLike {
  type?: string;
  tag?: string;
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

function isUnder(item: ItemLike, boxes: readonly Rect[]): boolean {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform ?? [];
  const size = Math.abs(item.height ?? 0) || Math.hypot(c, d) || 1;
  const length = Math.hypot(a, b) || 1;
  // The run's body in page space: along its baseline for its width, a fifth of its size below to 4/5 above.
  const m: Matrix = [a / length, b / length, (-b / length) * size, (a / length) * size, e, f];
  const body = boundsOf(m, 0, -0.2, item.width ?? 0, 0.8);
  const level = Math.abs(b) < Math.abs(a);
  return boxes.some((box) => {
    const o = overlap(body, box);
    const [along, up] = level ? [o.x, o.y] : [o.y, o.x];
    return along > Math.min(0.5 * size, 0.7 * (item.width ?? 0)) && up >= 0.3 * size;
  });
}

/**
 * The text pdf.js still reads under the page's boxes (page space), outside the production's own marks, from
 * the page's text items (pdf-reader.ts's pageTextItems).
 */
export function textUnderBoxes(items: readonly unknown[], boxes: readonly Rect[]): string[] {
  const found: string[] = [];
  const open: boolean[] = [];
  for (const item of items as ItemLike[]) {
    if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps')
      open.push(item.tag === OUR_MARK);
    else if (item.type === 'endMarkedContent') open.pop();
    else if (!open.includes(true) && item.str?.trim() && isUnder(item, boxes)) found.push(item.str);
  }
  return found;
}
