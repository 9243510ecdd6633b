// What "Review before sending" lists and the drafts list badge counts: stops first, a repeated problem once,
// and the badge in words.
import { describe, expect, it } from 'vitest';
import type { BindProblem } from '../../../core/pipeline/bind-problems';
import { listedProblems, problemBadge } from '../../../renderer/review/listed-problems';

const stop = (message: string, extra: Partial<BindProblem> = {}): BindProblem => ({
  kind: 'empty-field',
  severity: 'stop',
  message,
  ...extra,
});
const warn = (message: string): BindProblem => ({ kind: 'exhibit-not-enclosed', severity: 'warn', message });

describe('listedProblems', () => {
  it('puts stops before checks, each in the order found', () => {
    const listed = listedProblems([warn('w1'), stop('s1'), warn('w2'), stop('s2')]);
    expect(listed.map((p) => p.message)).toEqual(['s1', 's2', 'w1', 'w2']);
  });

  it('lists a problem said twice about the same record once, and keeps the same words about two records', () => {
    const listed = listedProblems([
      stop('Description is empty.', { recordId: 'a', path: 'records.all.0.description' }),
      stop('Description is empty.', { recordId: 'a', path: 'records.produced.0.description' }),
      stop('Description is empty.', { recordId: 'b', path: 'records.all.1.description' }),
    ]);
    expect(listed.map((p) => p.recordId)).toEqual(['a', 'b']);
  });

  it('keeps unknown kinds, generically', () => {
    const other = { kind: 'deadline-near', severity: 'warn', message: 'Due soon.' } as unknown as BindProblem;
    expect(listedProblems([other])).toEqual([other]);
  });
});

describe('problemBadge', () => {
  it.each([
    [0, 0, ''],
    [2, 1, '2 to fix, 1 to check'],
    [3, 0, '3 to fix'],
    [0, 1, '1 to check'],
  ])('%i stops and %i warnings read "%s"', (stops, warnings, text) => {
    expect(problemBadge(stops, warnings)).toBe(text);
  });
});
