// Where and why a text is not JSON, in words of our own: JSON.parse's message quotes the text itself (a
// password file opened as a matter would be shown back) and, on Node 20, often gives no position at all.
// Only called after JSON.parse has failed, so clarity beats speed.
import { firstJsonProblem, type Found } from './json-scanner';

export type JsonProblemKind =
  /** Nothing but whitespace or zero bytes: nothing was ever written, or a save was lost mid-way. */
  | 'empty'
  /** Zero bytes or undecodable bytes: a program, an image, a zip, not a text file. */
  | 'binary'
  /** Text that does not start like JSON at all. */
  | 'not-json'
  /** JSON that stops in the middle, as when a save or a copy is interrupted. */
  | 'cut-short'
  /** JSON broken somewhere inside. */
  | 'broken';

export interface JsonProblem {
  kind: JsonProblemKind;
  /** What is wrong at that place, never quoting the text. */
  reason: string;
  /** 1-based, in characters as an editor counts them (a byte order mark is not one). */
  line: number;
  column: number;
}

/** 1-based line and column of `offset`: \r\n, \r and \n each end a line; a character is one column. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: [...(lines[lines.length - 1] ?? '')].length + 1 };
}

// eslint-disable-next-line no-control-regex -- a zero byte is what marks binary data
const BINARY = /[\u0000\uFFFD]/;

/** Why `text` is not JSON; undefined when it is (so a caller's JSON.parse failure had another cause). */
export function jsonProblem(text: string): JsonProblem | undefined {
  const body = text.replace(/^\uFEFF/, '');
  const at = (found: Found, kind: JsonProblemKind): JsonProblem => ({
    kind,
    reason: found.reason,
    ...lineColumnAt(body, found.offset),
  });
  // eslint-disable-next-line no-control-regex -- zero bytes are what an interrupted write leaves
  if (/^[\s\u0000]*$/.test(body)) return { kind: 'empty', reason: 'the file is empty', line: 1, column: 1 };
  const found = firstJsonProblem(body);
  if (!found) return undefined;
  if (!/^\s*[{[]/.test(body)) return at(found, BINARY.test(body) ? 'binary' : 'not-json');
  return at(found, found.offset >= body.length ? 'cut-short' : 'broken');
}

/** What is wrong with a JSON file, as the end of a sentence that starts with its name: "is not valid JSON: …". */
export function jsonProblemPhrase(text: string): string {
  const problem = jsonProblem(text);
  if (!problem) return 'could not be read as JSON';
  const where = `(line ${problem.line}, column ${problem.column})`;
  switch (problem.kind) {
    case 'empty':
      return 'is empty';
    case 'binary':
      return 'holds binary data, not text, so it is not JSON';
    case 'cut-short':
      return `is cut short: it ends in the middle of the data ${where}`;
    default:
      return `is not valid JSON: ${problem.reason} ${where}`;
  }
}
