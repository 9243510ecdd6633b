// Reads a PDF content stream as its operators, each with its operands: numbers, names, strings (their byte
// length is all that is kept) and arrays. Comments and marked-content dictionaries are skipped; an inline
// picture (BI … ID data EI) is reported as the one operator "BI".

/** An operand: a number, a name, a string (its byte length), or an array of those. */
export type Operand = number | { name: string } | { bytes: number } | Operand[];

export const MAX_OPERATORS = 200_000;

const isSpace = (c: number) =>
  c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isDelimiter = (c: number) =>
  c === 0x28 ||
  c === 0x29 ||
  c === 0x3c ||
  c === 0x3e ||
  c === 0x5b ||
  c === 0x5d ||
  c === 0x2f ||
  c === 0x25 ||
  c === 0x7b ||
  c === 0x7d;

/** The byte length of the literal string opening at `start` (after its "("), and where it ends. */
function literalString(content: Uint8Array, start: number): [bytes: number, end: number] {
  let depth = 1;
  let bytes = 0;
  let i = start;
  while (i < content.length) {
    const d = content[i]!;
    if (d === 0x5c) {
      const next = content[i + 1];
      if (next === 0x0a || next === 0x0d) i += 2;
      else if (next !== undefined && next >= 0x30 && next <= 0x37) {
        i += 2;
        for (let k = 0; k < 2 && content[i]! >= 0x30 && content[i]! <= 0x37; k++) i++;
        bytes++;
      } else {
        i += 2;
        bytes++;
      }
      continue;
    }
    if (d === 0x28) depth++;
    if (d === 0x29 && --depth === 0) return [bytes, i + 1];
    bytes++;
    i++;
  }
  return [bytes, i];
}

/** Past the dictionary opening at `start` ("<<"), nested ones included. */
function skipDictionary(content: Uint8Array, start: number): number {
  let level = 0;
  let i = start;
  do {
    if (content[i] === 0x3c && content[i + 1] === 0x3c) {
      level++;
      i += 2;
    } else if (content[i] === 0x3e && content[i + 1] === 0x3e) {
      level--;
      i += 2;
    } else i++;
  } while (level > 0 && i < content.length);
  return i;
}

/** Where `word` stands alone (white space or the end on both sides) from `from`, or -1. */
function indexOfWord(content: Uint8Array, word: string, from: number): number {
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  for (let i = from; i < content.length - 1; i++) {
    if (
      content[i] === a &&
      content[i + 1] === b &&
      (i === 0 || isSpace(content[i - 1]!)) &&
      (i + 2 >= content.length || isSpace(content[i + 2]!))
    )
      return i;
  }
  return -1;
}

export function readContent(
  content: Uint8Array,
  onOperator: (word: string, operands: Operand[]) => void,
): void {
  const operands: Operand[] = [];
  const arrays: Operand[][] = [];
  const push = (value: Operand) =>
    arrays.length > 0 ? arrays[arrays.length - 1]!.push(value) : operands.push(value);
  let operators = 0;
  let i = 0;
  while (i < content.length) {
    const c = content[i]!;
    if (isSpace(c)) i++;
    else if (c === 0x25) while (i < content.length && content[i] !== 0x0a && content[i] !== 0x0d) i++;
    else if (c === 0x28) {
      const [bytes, end] = literalString(content, i + 1);
      push({ bytes });
      i = end;
    } else if (c === 0x3c && content[i + 1] === 0x3c) {
      i = skipDictionary(content, i);
      push({ name: '' });
    } else if (c === 0x3c) {
      let digits = 0;
      for (i++; i < content.length && content[i] !== 0x3e; i++) if (!isSpace(content[i]!)) digits++;
      i++;
      push({ bytes: Math.ceil(digits / 2) });
    } else if (c === 0x5b) {
      arrays.push([]);
      i++;
    } else if (c === 0x5d) {
      push(arrays.pop() ?? []);
      i++;
    } else if (c === 0x2f) {
      let end = i + 1;
      while (end < content.length && !isSpace(content[end]!) && !isDelimiter(content[end]!)) end++;
      push({ name: String.fromCharCode(...content.subarray(i + 1, end)) });
      i = end;
    } else {
      let end = i;
      while (end < content.length && !isSpace(content[end]!) && !isDelimiter(content[end]!)) end++;
      if (end === i) end++;
      const word = String.fromCharCode(...content.subarray(i, end));
      i = end;
      if (/^[+\-.\d]/.test(word) && !Number.isNaN(Number(word))) {
        push(Number(word));
        continue;
      }
      if (word === 'BI') {
        const ei = indexOfWord(content, 'EI', indexOfWord(content, 'ID', i) + 3);
        i = ei < 0 ? content.length : ei + 2;
      }
      onOperator(word, operands);
      if (++operators > MAX_OPERATORS)
        throw new Error('the page has too many drawing operations to read quickly');
      operands.length = 0;
      arrays.length = 0;
    }
  }
}
