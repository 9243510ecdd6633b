// How the bind step's problems read on a terminal: one a line, severity first, with the field to fix.
import type { BindProblem } from '../../core/pipeline/bind-draft';
import type { CommandOutput } from './command-output';

export const describeProblem = (problem: BindProblem): string =>
  `${problem.severity}: ${problem.path ? `${problem.message.replace(/\.$/, '')} (${problem.path}).` : problem.message}`;

/** Every problem on stderr, then the DRAFT notice when required fields are empty. */
export function printProblems(
  out: CommandOutput,
  problems: readonly BindProblem[],
  missing: readonly { path: string }[],
): void {
  for (const problem of problems) out.warn(describeProblem(problem));
  if (missing.length > 0) {
    const count = missing.length === 1 ? 'A required field is' : `${missing.length} required fields are`;
    out.warn(`${count} still empty; the letter is marked DRAFT.`);
  }
}
