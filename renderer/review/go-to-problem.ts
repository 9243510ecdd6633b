// Where a problem is fixed: a field of the matter or the letter (the form), a record (its row in the
// records list), an update to review (that passage in the editor), or nowhere in particular.
import type { BindProblem } from '../../core/pipeline/bind-problems';
import { store } from '../app/desk-store';
import { goToField, goToRecord, listItemOf } from '../matter-form/go-to-field';

export type ProblemPlace = 'field' | 'record' | 'update' | null;

export function placeOf(problem: BindProblem): ProblemPlace {
  if (problem.path) return problem.recordId || problem.path.startsWith('records.') ? 'record' : 'field';
  if (problem.recordId) return 'record';
  if (problem.updateId) return 'update';
  return null;
}

export const goToLabel: Record<Exclude<ProblemPlace, null>, string> = {
  field: 'Go to field',
  record: 'Go to record',
  update: 'Go to update',
};

export function goToProblem(problem: BindProblem): void {
  if (problem.path) goToField(problem.path);
  else if (problem.recordId) goToRecord({ id: problem.recordId });
  else if (problem.updateId && !store.liveEditor?.goToUpdate(problem.updateId))
    store.alert('That update was already settled. The list is being brought up to date.');
}

/** The item of a matter list a field problem is in ("policy 2"), which its sentence does not name. */
export const itemOf = (problem: BindProblem): string =>
  problem.path && !problem.recordId && placeOf(problem) === 'field' ? listItemOf(problem.path) : '';
