// Takes out of a page's content stream every glyph that lies under a redaction box, and only those: the text
// state is followed operator by operator, each glyph is placed on the page (glyph-placement.ts), and an
// operator with a glyph under a box is written again with that glyph replaced by an equal move, so the text
// around it stays where it was and stays selectable. When the page draws anything under a box this cannot
// clean with certainty (drawing-watch.ts), or shows text it cannot place (a font it cannot measure), it says
// why instead, and the page is then produced as a picture.
import type { Rect } from '../../../../core/production/page-geometry';
import { readOperations, type Operation, type Value } from './content-lexer';
import { DrawingWatch, type PageXObject } from './drawing-watch';
import { placeGlyphs, type TextState } from './glyph-placement';
import type { GlyphFont } from './glyph-widths';
import { IDENTITY, times, type Matrix } from './matrix';
import { rewriteShow } from './show-rewrite';

export interface RemovalResources {
  /** The font's widths, or why it cannot be measured. */
  font(name: string): GlyphFont | string;
  xobject(name: string): PageXObject | undefined;
}

export type Removal = { content: Uint8Array; removed: number } | { problem: string };

const n = (v: Value | undefined) => (v?.t === 'num' ? v.v : 0);
const six = (o: readonly Value[]): Matrix => [n(o[0]), n(o[1]), n(o[2]), n(o[3]), n(o[4]), n(o[5])];

export function removeTextUnder(
  content: Uint8Array,
  resources: RemovalResources,
  boxes: readonly Rect[],
): Removal {
  let ops: Operation[];
  try {
    ops = readOperations(content);
  } catch (error) {
    return { problem: `its content cannot be read (${(error as Error).message})` };
  }
  const watch = new DrawingWatch(boxes, (name) => resources.xobject(name));
  const stack: TextState[] = [];
  const start: TextState = {
    ...{ ctm: IDENTITY, font: '', size: 0, charSpacing: 0, wordSpacing: 0 },
    ...{ scale: 1, leading: 0, rise: 0, mode: 0 },
  };
  let gs = start;
  let tm = IDENTITY;
  let tlm = IDENTITY;
  const line = (tx: number, ty: number) => {
    tlm = times([1, 0, 0, 1, tx, ty], tlm);
    tm = tlm;
  };
  const replaced = new Map<Operation, Uint8Array>();
  let removed = 0;
  const show = (op: Operation, parts: readonly Value[], prefix = ''): string | undefined => {
    const font = resources.font(gs.font);
    if (typeof font === 'string') return font;
    const placed = placeGlyphs(parts, font, gs, tm, boxes);
    if (typeof placed === 'string') return placed;
    tm = placed.tm;
    removed += placed.gone;
    if (placed.gone > 0) replaced.set(op, rewriteShow(prefix, placed.glyphs));
    return undefined;
  };
  for (const op of ops) {
    const o = op.operands;
    const last = o[o.length - 1];
    let problem = watch.check(op.op, o, gs.ctm);
    if (op.op === 'q') stack.push({ ...gs });
    else if (op.op === 'Q') gs = stack.pop() ?? gs;
    else if (op.op === 'cm') gs = { ...gs, ctm: times(six(o), gs.ctm) };
    else if (op.op === 'BT') tm = tlm = IDENTITY;
    else if (op.op === 'Tf') gs = { ...gs, font: o[0]?.t === 'name' ? o[0].v : '', size: n(o[1]) };
    else if (op.op === 'Tc') gs = { ...gs, charSpacing: n(last) };
    else if (op.op === 'Tw') gs = { ...gs, wordSpacing: n(last) };
    else if (op.op === 'Tz') gs = { ...gs, scale: n(last) / 100 };
    else if (op.op === 'TL') gs = { ...gs, leading: n(last) };
    else if (op.op === 'Ts') gs = { ...gs, rise: n(last) };
    else if (op.op === 'Tr') gs = { ...gs, mode: n(last) };
    else if (op.op === 'Td') line(n(o[0]), n(o[1]));
    else if (op.op === 'TD') {
      gs = { ...gs, leading: -n(o[1]) };
      line(n(o[0]), n(o[1]));
    } else if (op.op === 'Tm') tm = tlm = six(o);
    else if (op.op === 'T*') line(0, -gs.leading);
    else if (op.op === 'Tj') problem ??= show(op, o.slice(-1));
    else if (op.op === 'TJ') problem ??= show(op, last?.t === 'arr' ? last.items : []);
    else if (op.op === "'") {
      line(0, -gs.leading);
      problem ??= show(op, o.slice(-1), 'T*');
    } else if (op.op === '"') {
      gs = { ...gs, wordSpacing: n(o[0]), charSpacing: n(o[1]) };
      line(0, -gs.leading);
      problem ??= show(op, o.slice(-1), `${n(o[0])} Tw ${n(o[1])} Tc T*`);
    }
    if (problem) return { problem };
  }
  return { content: splice(content, ops, replaced), removed };
}

/** The content with each rewritten operator in place of the bytes it was written in. */
function splice(content: Uint8Array, ops: readonly Operation[], replaced: Map<Operation, Uint8Array>) {
  if (replaced.size === 0) return content;
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const op of ops) {
    const bytes = replaced.get(op);
    if (!bytes) continue;
    parts.push(content.subarray(at, op.start), bytes);
    at = op.end;
  }
  parts.push(content.subarray(at));
  return new Uint8Array(Buffer.concat(parts));
}
