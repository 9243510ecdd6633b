// The JSON problem finder agrees with JSON.parse: it finds a problem exactly when JSON.parse fails, and where
// JSON.parse names a position, at that position. Texts are valid JSON with one character changed, added or cut.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonProblem, lineColumnAt } from '../../../core/matter-file/json-problem';

const damaged = fc
  .tuple(
    fc.json({ maxDepth: 4 }),
    fc.nat(),
    fc.constantFrom('cut', 'drop', 'insert'),
    fc.constantFrom(...',:{}[]"\\\n \t0-.eEtfnaxu\u0000'.split('')),
  )
  .map(([json, at, how, ch]) => {
    const spaced = at % 2 === 0 ? JSON.stringify(JSON.parse(json), null, 2) : json;
    const i = at % (spaced.length + 1);
    if (how === 'cut') return spaced.slice(0, i);
    if (how === 'drop') return spaced.slice(0, i) + spaced.slice(i + 1);
    return spaced.slice(0, i) + ch + spaced.slice(i);
  });

function parses(text: string): { ok: true } | { ok: false; position?: number } {
  try {
    JSON.parse(text);
    return { ok: true };
  } catch (error) {
    const position = /at position (\d+)/.exec((error as Error).message)?.[1];
    return position === undefined ? { ok: false } : { ok: false, position: Number(position) };
  }
}

describe('jsonProblem', () => {
  it('finds a problem exactly where JSON.parse fails', () => {
    fc.assert(
      fc.property(damaged, (text) => {
        const parsed = parses(text);
        const problem = jsonProblem(text);
        if (parsed.ok) {
          expect(problem).toBeUndefined();
          return;
        }
        expect(problem, JSON.stringify(text)).toBeDefined();
        if (parsed.position !== undefined && problem!.kind !== 'empty') {
          const { line, column } = lineColumnAt(text, parsed.position);
          expect({ line: problem!.line, column: problem!.column }, JSON.stringify(text)).toEqual({
            line,
            column,
          });
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a very deeply nested file without running out of stack', () => {
    const deep = `${'['.repeat(200_000)}1${']'.repeat(199_999)}`;
    expect(jsonProblem(deep)).toMatchObject({ kind: 'cut-short' });
  });
});
