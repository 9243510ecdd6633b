import { describe, expect, it } from 'vitest';
import { intersects } from '../../../core/production/page-geometry';
import { mergeBoxes, pageRedactions } from '../../../core/production/page-redactions';
import { joinRuns, type TextRun } from '../../../core/production/text-runs';

const run = (str: string, x: number, y: number, hasEOL = false): TextRun => ({
  str,
  transform: [10, 0, 0, 10, x, y],
  width: str.length * 5,
  height: 10,
  hasEOL,
});
const measures = [(s: string) => s.length];
const frame = { number: 1, box: { x: 0, y: 0, width: 612, height: 792 }, rotation: 0 as const };

describe('where a page is redacted', () => {
  it('joins runs set apart on a line with a space, and lines with a break', () => {
    expect(joinRuns([run('Maria', 72, 700), run('Delgado', 105, 700, true), run('next', 72, 686)]).text).toBe(
      'Maria Delgado\nnext',
    );
  });

  it('covers the phrase where it sits, across two runs, and nothing far from it', () => {
    const runs = [run('The informant Maria', 72, 700), run('Delgado called.', 172, 700)];
    const phrase = { id: 'p', kind: 'phrase' as const, phrase: 'Maria Delgado', reason: 'TRE 503' };
    const result = pageRedactions({ ...frame, runs }, [phrase], [], measures);
    expect(result.found.get('p')).toBe(1);
    const covered = mergeBoxes(result.boxes);
    const maria = { x: 72 + 14 * 5, y: 700, width: 25, height: 8 };
    const delgado = { x: 172, y: 700, width: 35, height: 8 };
    expect(result.boxes.some((b) => intersects(b.rect, maria))).toBe(true);
    expect(result.boxes.some((b) => intersects(b.rect, delgado))).toBe(true);
    const the = { x: 72, y: 700, width: 15, height: 8 };
    expect(covered.some((b) => intersects(b.rect, the))).toBe(false);
  });

  it('a comment or form field holding the phrase is covered whole', () => {
    const phrase = { id: 'p', kind: 'phrase' as const, phrase: 'Maria Delgado', reason: 'TRE 503' };
    const note = { rect: { x: 400, y: 100, width: 100, height: 30 }, text: 'Call maria delgado' };
    const result = pageRedactions({ ...frame, runs: [], annotations: [note] }, [phrase], [], measures);
    expect(result.boxes).toEqual([{ rect: note.rect, reason: 'TRE 503' }]);
  });

  it('a box drawn on the page as seen is turned into page space', () => {
    const box = {
      id: 'b',
      kind: 'box' as const,
      page: 1,
      rect: { x: 72, y: 72, width: 100, height: 20 },
      reason: 'TRE 503',
    };
    const result = pageRedactions({ ...frame, runs: [] }, [], [box, { ...box, page: 2 }], measures);
    expect(result.boxes).toEqual([{ rect: { x: 72, y: 700, width: 100, height: 20 }, reason: 'TRE 503' }]);
  });
});

describe('one phrase redacted in the record and across the production', () => {
  it('is boxed once, with the record’s own reason, and counted as found for both', () => {
    const runs = [run('Maria Delgado called.', 72, 700)];
    const own = { id: 'own', kind: 'phrase' as const, phrase: 'Maria Delgado', reason: '552.101' };
    const everywhere = { id: 'all', kind: 'phrase' as const, phrase: 'maria delgado', reason: 'TRE 503' };
    const result = pageRedactions({ ...frame, runs }, [own, everywhere], [], measures);
    expect(result.boxes.map((b) => b.reason)).toEqual(['552.101']);
    expect(result.found.get('own')).toBe(1);
    expect(result.found.get('all')).toBe(1);
  });
});
