// Reading the files named on the command line, with messages that say which file and what to do.
import path from 'node:path';
import { DeskError } from '../../core/api/result';
import { jsonProblemPhrase } from '../../core/matter-file/json-problem';
import { readLimits, readUserText } from '../services/safe-read';
import { CliError } from './cli-error';

export async function readTextFile(file: string, what: string): Promise<string> {
  try {
    const limit = { noun: what, verb: `reads ${what}s`, maxBytes: readLimits.matter.maxBytes };
    return await readUserText(file, limit);
  } catch (error) {
    if (error instanceof DeskError) throw new CliError(error.message); // no regular file, or too large
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`The ${what} ${file} does not exist. Check the path.`);
    if (code === 'EISDIR')
      throw new CliError(`The ${what} ${file} is a folder, not a file. Name the file itself.`);
    if (code === 'EACCES' || code === 'EPERM') {
      throw new CliError(`The ${what} ${file} cannot be read (permission denied). Check its permissions.`);
    }
    throw new CliError(`The ${what} ${file} could not be read (${code ?? 'read failed'}).`);
  }
}

/** Parses JSON, or says where it breaks (line and column) in a message naming the file and quoting none of it. */
export function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new CliError(`${path.basename(file)} ${jsonProblemPhrase(text)}. Fix the file and try again.`);
  }
}
