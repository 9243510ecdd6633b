// Runs node:util parseArgs and turns its errors (unknown option, missing value) into usage errors.
import { usageError } from './cli-error';

export function parseCommandArgs<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    // Node's own advice ("To specify a positional argument starting with a '-'...") is noise here.
    const message = (error instanceof Error ? error.message : String(error)).split(/\n| To specify/)[0]!;
    throw usageError(message);
  }
}
