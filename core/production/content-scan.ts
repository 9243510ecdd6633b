// Where a page draws text and pictures, read straight from its content stream (content-tokens.ts): the
// operators that place them (cm, q/Q, BT, Tm, Td, TD, T*, Tf, TL, Tz, Ts, Tj, TJ, ', ", Do, inline pictures),
// without loading fonts. A run of text is taken as half an em a character, which is enough to keep a Bates
// label off it and costs a fraction of a full text extraction. Paths (rules, table borders) are not counted.
import { readContent, type Operand } from './content-tokens';
import type { Rect } from './page-geometry';

export type Matrix = [number, number, number, number, number, number];

export type ScannedXObject =
  { kind: 'image' } | { kind: 'form'; content: Uint8Array; matrix: Matrix; resources: ScanResources };

export interface ScanResources {
  /** 2 for a font that takes two bytes a character (Type0), else 1. */
  bytesPerChar(fontName: string): number;
  xobject(name: string): ScannedXObject | undefined;
}

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m × n: m applied first. */
export const times = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

function boundsOf(m: Matrix, x0: number, y0: number, x1: number, y1: number): Rect {
  const points = [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
  ].map(([x, y]) => [m[0] * x! + m[2] * y! + m[4], m[1] * x! + m[3] * y! + m[5]] as const);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

interface GraphicsState {
  ctm: Matrix;
  font: string;
  size: number;
  leading: number;
  scale: number;
  rise: number;
}

const nameOf = (operand: Operand | undefined) =>
  typeof operand === 'object' && 'name' in operand ? operand.name : '';

export function contentBoxes(
  content: Uint8Array,
  resources: ScanResources,
  ctm = IDENTITY,
  depth = 0,
): Rect[] {
  const boxes: Rect[] = [];
  const saved: GraphicsState[] = [];
  let state: GraphicsState = { ctm, font: '', size: 0, leading: 0, scale: 1, rise: 0 };
  let tm = IDENTITY;
  let tlm = IDENTITY;
  const moveText = (tx: number, ty: number) => {
    tlm = times([1, 0, 0, 1, tx, ty], tlm);
    tm = tlm;
  };
  const show = (parts: readonly Operand[]) => {
    const perChar = resources.bytesPerChar(state.font);
    let width = 0;
    for (const part of parts) {
      if (typeof part === 'number') width -= (part / 1000) * state.size * state.scale;
      else if (typeof part === 'object' && 'bytes' in part)
        width += (part.bytes / perChar) * 0.5 * state.size * state.scale;
    }
    if (width !== 0 && state.size !== 0) {
      const [low, high] = [state.rise - 0.25 * state.size, state.rise + state.size];
      boxes.push(boundsOf(times(tm, state.ctm), Math.min(0, width), low, Math.max(0, width), high));
    }
    tm = times([1, 0, 0, 1, width, 0], tm);
  };
  readContent(content, (op, operands) => {
    const num = (k: number) => {
      const value = operands[operands.length - k];
      return typeof value === 'number' ? value : 0;
    };
    const six = (): Matrix => [num(6), num(5), num(4), num(3), num(2), num(1)];
    if (op === 'q') saved.push({ ...state });
    else if (op === 'Q') state = saved.pop() ?? state;
    else if (op === 'cm') state.ctm = times(six(), state.ctm);
    else if (op === 'BT') tm = tlm = IDENTITY;
    else if (op === 'Tf') [state.font, state.size] = [nameOf(operands[operands.length - 2]), num(1)];
    else if (op === 'TL') state.leading = num(1);
    else if (op === 'Tz') state.scale = num(1) / 100;
    else if (op === 'Ts') state.rise = num(1);
    else if (op === 'Td') moveText(num(2), num(1));
    else if (op === 'TD') {
      state.leading = -num(1);
      moveText(num(2), num(1));
    } else if (op === 'Tm') tm = tlm = six();
    else if (op === 'T*') moveText(0, -state.leading);
    else if (op === 'Tj') show(operands.slice(-1));
    else if (op === 'TJ') {
      const list = operands[operands.length - 1];
      show(Array.isArray(list) ? list : []);
    } else if (op === "'" || op === '"') {
      moveText(0, -state.leading);
      show(operands.slice(-1));
    } else if (op === 'BI') boxes.push(boundsOf(state.ctm, 0, 0, 1, 1));
    else if (op === 'Do') {
      const object = resources.xobject(nameOf(operands[operands.length - 1]));
      if (object?.kind === 'image') boxes.push(boundsOf(state.ctm, 0, 0, 1, 1));
      else if (object?.kind === 'form' && depth < 4)
        boxes.push(
          ...contentBoxes(object.content, object.resources, times(object.matrix, state.ctm), depth + 1),
        );
    }
  });
  return boxes;
}
