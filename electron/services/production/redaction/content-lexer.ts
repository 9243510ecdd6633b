// A PDF content stream read as operations, each with its operands in full (string bytes included) and the
// byte range it was written in, so one operation can be rewritten and every other byte kept as it was.
// Anything this reader is not sure of throws, and the page is then produced as a picture instead.

export type Value =
  | { t: 'num'; v: number }
  | { t: 'name'; v: string }
  | { t: 'str'; bytes: Uint8Array }
  | { t: 'arr'; items: Value[] }
  /** An inline dictionary (marked-content properties), as written. */
  | { t: 'dict'; raw: string }
  | { t: 'word'; v: string };

export interface Operation {
  op: string;
  operands: Value[];
  /** Where the first operand (or the operator) starts, and where the operator ends. */
  start: number;
  end: number;
}

export const MAX_OPERATIONS = 500_000;

const isSpace = (c: number) =>
  c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x2f, 0x25, 0x7b, 0x7d]);
const isRegular = (c: number) => !isSpace(c) && !DELIMITERS.has(c);
const ESCAPES: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };

function literal(src: Uint8Array, at: number): [Uint8Array, number] {
  const out: number[] = [];
  let depth = 1;
  let i = at;
  while (i < src.length) {
    const c = src[i]!;
    if (c === 0x5c) {
      const n = src[i + 1];
      if (n === undefined) break;
      if (n === 0x0d) i += src[i + 2] === 0x0a ? 3 : 2;
      else if (n === 0x0a) i += 2;
      else if (n >= 0x30 && n <= 0x37) {
        let code = 0;
        let k = i + 1;
        for (; k < i + 4 && src[k]! >= 0x30 && src[k]! <= 0x37; k++) code = code * 8 + src[k]! - 0x30;
        out.push(code & 0xff);
        i = k;
      } else {
        out.push(ESCAPES[n] ?? n);
        i += 2;
      }
      continue;
    }
    if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return [Uint8Array.from(out), i + 1];
    out.push(c);
    i++;
  }
  throw new Error('a string in the page runs past its end');
}

const HEX_DIGIT = new Int8Array(256).fill(-1);
for (let c = 0; c < 256; c++) {
  const d = '0123456789abcdef'.indexOf(String.fromCharCode(c).toLowerCase());
  if (d >= 0) HEX_DIGIT[c] = d;
}

function hex(src: Uint8Array, at: number): [Uint8Array, number] {
  const out: number[] = [];
  let high = -1;
  let i = at;
  for (; i < src.length && src[i] !== 0x3e; i++) {
    const c = src[i]!;
    if (isSpace(c)) continue;
    const d = HEX_DIGIT[c]!;
    if (d < 0) throw new Error('a hex string in the page has a character that is not hex');
    if (high < 0) high = d;
    else {
      out.push(high * 16 + d);
      high = -1;
    }
  }
  if (i >= src.length) throw new Error('a hex string in the page runs past its end');
  if (high >= 0) out.push(high * 16);
  return [Uint8Array.from(out), i + 1];
}

/** Past the dictionary opening at `at` ("<<"). */
function dictionary(src: Uint8Array, at: number): number {
  let level = 0;
  let i = at;
  do {
    const c = src[i];
    if (c === undefined) throw new Error('a dictionary in the page runs past its end');
    if (c === 0x3c && src[i + 1] === 0x3c) [level, i] = [level + 1, i + 2];
    else if (c === 0x3e && src[i + 1] === 0x3e) [level, i] = [level - 1, i + 2];
    else if (c === 0x28) i = literal(src, i + 1)[1];
    else if (c === 0x3c) i = hex(src, i + 1)[1];
    else i++;
  } while (level > 0);
  return i;
}

/** The end of an inline picture's data: past "EI" standing alone after "ID". */
function inlineImageEnd(src: Uint8Array, at: number): number {
  for (let i = at; i < src.length - 1; i++)
    if (
      src[i] === 0x45 &&
      src[i + 1] === 0x49 &&
      isSpace(src[i - 1]!) &&
      (i + 2 >= src.length || !isRegular(src[i + 2]!))
    )
      return i + 2;
  throw new Error('an inline picture in the page has no end');
}

export function readOperations(src: Uint8Array): Operation[] {
  const ops: Operation[] = [];
  let operands: Value[] = [];
  const arrays: Value[][] = [];
  let start = -1;
  const push = (value: Value, at: number) => {
    if (arrays.length > 0) arrays[arrays.length - 1]!.push(value);
    else operands.push(value);
    if (start < 0) start = at;
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const at = i;
    if (isSpace(c)) i++;
    else if (c === 0x25) while (i < src.length && src[i] !== 0x0a && src[i] !== 0x0d) i++;
    else if (c === 0x28) {
      const [bytes, end] = literal(src, i + 1);
      push({ t: 'str', bytes }, at);
      i = end;
    } else if (c === 0x3c && src[i + 1] === 0x3c) {
      const end = dictionary(src, i);
      push({ t: 'dict', raw: Buffer.from(src.subarray(i, end)).toString('latin1') }, at);
      i = end;
    } else if (c === 0x3c) {
      const [bytes, end] = hex(src, i + 1);
      push({ t: 'str', bytes }, at);
      i = end;
    } else if (c === 0x5b) {
      if (start < 0) start = at;
      arrays.push([]);
      i++;
    } else if (c === 0x5d) {
      const items = arrays.pop();
      if (!items) throw new Error('the page closes an array it never opened');
      push({ t: 'arr', items }, at);
      i++;
    } else if (c === 0x2f) {
      let end = i + 1;
      while (end < src.length && isRegular(src[end]!)) end++;
      const name = Buffer.from(src.subarray(i + 1, end)).toString('latin1');
      push(
        {
          t: 'name',
          v: name.replace(/#([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
        },
        at,
      );
      i = end;
    } else if (!isRegular(c)) throw new Error(`the page has a stray "${String.fromCharCode(c)}"`);
    else {
      let end = i;
      while (end < src.length && isRegular(src[end]!)) end++;
      const word = Buffer.from(src.subarray(i, end)).toString('latin1');
      i = end;
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) push({ t: 'num', v: Number(word) }, at);
      else if (word === 'true' || word === 'false' || word === 'null') push({ t: 'word', v: word }, at);
      else {
        if (arrays.length > 0) throw new Error(`the page has an operator "${word}" inside an array`);
        if (word === 'BI') i = inlineImageEnd(src, i);
        ops.push({ op: word, operands, start: start < 0 ? at : start, end: i });
        if (ops.length > MAX_OPERATIONS) throw new Error('the page has too many drawing operations');
        operands = [];
        start = -1;
      }
    }
  }
  if (arrays.length > 0) throw new Error('an array in the page is never closed');
  return ops;
}
