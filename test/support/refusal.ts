// The DeskError a service or handler refused with, for tests of what the user is told.
import { DeskError } from '../../core/api/result';

/** Awaits the promise and returns the DeskError it rejected with; anything else fails the test. */
export async function refusal(promise: Promise<unknown>): Promise<DeskError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DeskError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
