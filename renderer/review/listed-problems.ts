// The problems as "Review before sending" and the drafts list badge count them: stops before checks, each
// group in the order the bind step found them, and a problem said twice in the same words about the same
// place (a record's value read through two of its lists) listed once.
import type { BindProblem } from '../../core/pipeline/bind-problems';

export function listedProblems(problems: readonly BindProblem[]): BindProblem[] {
  const seen = new Set<string>();
  const distinct = problems.filter((p) => {
    const key = `${p.severity}\u0000${p.message}\u0000${p.recordId ?? p.updateId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...distinct.filter((p) => p.severity === 'stop'), ...distinct.filter((p) => p.severity !== 'stop')];
}

/** The drafts list's badge and the panel's summary: "2 to fix, 1 to check"; empty when nothing is wrong. */
export function problemBadge(stops: number, warnings: number): string {
  return [stops > 0 ? `${stops} to fix` : '', warnings > 0 ? `${warnings} to check` : '']
    .filter(Boolean)
    .join(', ');
}
