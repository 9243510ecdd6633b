// Where each glyph of a text-showing operator lies on the page, and whether a redaction box covers it. The
// text state is the PDF's own (font and size, character and word spacing, horizontal scale, rise, mode).
import type { Rect } from '../../../../core/production/page-geometry';
import type { Value } from './content-lexer';
import type { GlyphFont } from './glyph-widths';
import { boundsOf, isStraight, overlap, times, underAny, type Matrix } from './matrix';
import type { ShownGlyph } from './show-rewrite';

export interface TextState {
  ctm: Matrix;
  font: string;
  size: number;
  charSpacing: number;
  wordSpacing: number;
  scale: number;
  leading: number;
  rise: number;
  mode: number;
}

/**
 * A glyph is under a box when at least 30% of its body (a fifth of an em below the baseline to four fifths
 * above) is covered both across and up: a glyph the box only grazes stays, as readable as it was.
 */
function covered(body: Rect, boxes: readonly Rect[]): boolean {
  return boxes.some((box) => {
    const o = overlap(body, box);
    const across = body.width > 0.01 ? o.x >= 0.3 * body.width : o.x >= 0;
    return across && o.y > 0 && o.y >= 0.3 * body.height;
  });
}

export interface Placed {
  glyphs: (ShownGlyph | number)[];
  /** The text matrix after the operator. */
  tm: Matrix;
  gone: number;
}

/** How far the operator moves the text (text space), and the lowest and highest point it reaches on the way. */
function extent(
  parts: readonly Value[],
  font: GlyphFont,
  gs: TextState,
): { end: number; low: number; high: number } | string {
  let x = 0;
  let [low, high] = [0, 0];
  for (const part of parts) {
    if (part.t === 'num') x += (-part.v / 1000) * gs.size * gs.scale;
    else if (part.t === 'str') {
      const bytes = part.bytes;
      if (bytes.length % font.bytesPerCode) return 'its text has a character cut in half';
      for (let i = 0; i < bytes.length; i += font.bytesPerCode) {
        const code = font.bytesPerCode === 2 ? bytes[i]! * 256 + bytes[i + 1]! : bytes[i]!;
        const w = font.width(code);
        if (w === undefined) return 'its font does not give the width of every character';
        const space = font.bytesPerCode === 1 && code === 32 ? gs.wordSpacing : 0;
        // The glyph's own body may reach past its advance when spacing is negative.
        high = Math.max(high, x + (w / 1000) * gs.size * gs.scale);
        low = Math.min(low, x + (w / 1000) * gs.size * gs.scale);
        x += ((w / 1000) * gs.size + gs.charSpacing + space) * gs.scale;
      }
    }
    [low, high] = [Math.min(low, x), Math.max(high, x)];
  }
  return { end: x, low, high };
}

/** Places the glyphs of `parts` (strings and TJ moves) from text matrix `tm`; a string says why it cannot. */
export function placeGlyphs(
  parts: readonly Value[],
  font: GlyphFont,
  gs: TextState,
  start: Matrix,
  boxes: readonly Rect[],
): Placed | string {
  // Most operators lie nowhere near a box: their whole line is measured, and only one that reaches a box is
  // placed glyph by glyph.
  const reach = extent(parts, font, gs);
  if (typeof reach === 'string') return reach;
  const lo = Math.min(gs.rise - 0.2 * gs.size, gs.rise + 0.8 * gs.size);
  const hi = Math.max(gs.rise - 0.2 * gs.size, gs.rise + 0.8 * gs.size);
  const line = boundsOf(times(start, gs.ctm), reach.low - 1, lo - 1, reach.high + 1, hi + 1);
  if (!underAny(line, boxes)) return { glyphs: [], tm: times([1, 0, 0, 1, reach.end, 0], start), gone: 0 };
  const glyphs: (ShownGlyph | number)[] = [];
  // Along the baseline from the operator's start, in text space; each glyph's matrix is the start's moved.
  const base = times(start, gs.ctm);
  const sized = times([gs.size * gs.scale, 0, 0, gs.size, 0, gs.rise], base);
  const straight = isStraight(sized);
  let x = 0;
  let gone = 0;
  for (const part of parts) {
    if (part.t === 'num') {
      x += (-part.v / 1000) * gs.size * gs.scale;
      glyphs.push(part.v);
    }
    if (part.t !== 'str') continue;
    const bytes = part.bytes;
    if (bytes.length % font.bytesPerCode) return 'its text has a character cut in half';
    for (let i = 0; i < bytes.length; i += font.bytesPerCode) {
      const code = font.bytesPerCode === 2 ? bytes[i]! * 256 + bytes[i + 1]! : bytes[i]!;
      const w = font.width(code);
      if (w === undefined) return 'its font does not give the width of every character';
      const space = font.bytesPerCode === 1 && code === 32 ? gs.wordSpacing : 0;
      const m: Matrix = [...sized.slice(0, 4), sized[4] + x * base[0], sized[5] + x * base[1]] as Matrix;
      const body = boundsOf(m, 0, -0.2, w / 1000, 0.8);
      if (!straight && underAny(body, boxes)) return 'text set at an angle lies under a box';
      const hidden = covered(body, boxes);
      if (hidden && gs.mode >= 4) return 'text under a box is also used to clip what is drawn';
      if (hidden && gs.size === 0) return 'text under a box is set at size 0';
      if (hidden) gone++;
      const moved = w + ((gs.charSpacing + space) * 1000) / (gs.size || 1);
      glyphs.push({ bytes: bytes.subarray(i, i + font.bytesPerCode), gone: hidden, advance: moved });
      x += ((w / 1000) * gs.size + gs.charSpacing + space) * gs.scale;
    }
  }
  const tm = times([1, 0, 0, 1, x, 0], start);
  return { glyphs, tm, gone };
}
