// What a page draws besides text that a box may hide and that taking text out would not clean: pictures
// (a scan may show the very words), forms (kept apart from the page, with text of their own), curves (letters
// set as outlines), shapes filled with a pattern (a pattern is drawn by a content stream of its own, which
// may hold text), and marked content that repeats text in words of its own (/ActualText, /Alt, /E).
import type { Rect } from '../../../../core/production/page-geometry';
import type { Value } from './content-lexer';
import { boundsOf, times, union, underAny, type Matrix } from './matrix';

export type PageXObject =
  { kind: 'image' } | { kind: 'form'; bbox: Rect; matrix: Matrix } | { kind: 'other' };

const PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const SPEAKING_KEYS = /\/(ActualText|Alt|E)\s*[(<]/;
const n = (v: Value | undefined) => (v?.t === 'num' ? v.v : 0);

export class DrawingWatch {
  private path: Rect | undefined;
  private curves = false;
  /** A pattern was chosen as a colour (scn/SCN with a name); not followed through q/Q, so kept once set. */
  private pattern = false;

  constructor(
    private readonly boxes: readonly Rect[],
    private readonly xobject: (name: string) => PageXObject | undefined,
  ) {}

  /** Why the page cannot be cleaned, if this operator draws under a box what text removal leaves. */
  check(op: string, o: readonly Value[], ctm: Matrix): string | undefined {
    const under = (r: Rect) => underAny(r, this.boxes);
    const point = (x: number, y: number, w = 0, h = 0) => {
      this.path = union(this.path, boundsOf(ctm, x, y, x + w, y + h));
    };
    const last = o[o.length - 1];
    if (op === 'm' || op === 'l') point(n(o[0]), n(o[1]));
    else if (op === 're') point(n(o[0]), n(o[1]), n(o[2]), n(o[3]));
    else if (op === 'c' || op === 'v' || op === 'y') {
      this.curves = true;
      for (let k = 0; k + 1 < o.length; k += 2) point(n(o[k]), n(o[k + 1]));
    } else if ((op === 'scn' || op === 'SCN') && last?.t === 'name') this.pattern = true;
    else if (op === 'n' || PAINT.has(op)) {
      const coversBox = PAINT.has(op) && this.path !== undefined && under(this.path);
      const curves = this.curves;
      this.path = undefined;
      this.curves = false;
      if (coversBox && curves) return 'curves that may be letters drawn as outlines lie under a box';
      if (coversBox && this.pattern)
        return 'a shape filled with a pattern (which may hold text) lies under a box';
    } else if (op === 'BI' && under(boundsOf(ctm, 0, 0, 1, 1))) return 'a picture lies under a box';
    else if (op === 'BDC' && last?.t === 'dict' && SPEAKING_KEYS.test(last.raw))
      return 'it gives some text an alternate wording (/ActualText) that could repeat what is redacted';
    else if (op === 'Do') {
      const object = this.xobject(last?.t === 'name' ? last.v : '');
      if (object?.kind === 'image' && under(boundsOf(ctm, 0, 0, 1, 1))) return 'a picture lies under a box';
      if (object?.kind === 'other') return 'it draws an object we cannot read';
      if (object?.kind === 'form') {
        const { bbox: b, matrix } = object;
        if (under(boundsOf(times(matrix, ctm), b.x, b.y, b.x + b.width, b.y + b.height)))
          return 'a form (a drawing or text kept apart from the page) lies under a box';
      }
    }
    return undefined;
  }
}
