// Reading the files named on the command line, with messages that say which file and what to do.
import path from 'node:path';
import { DeskError } from '../../core/api/result';
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

/** 1-based line and column of a character offset. */
function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Parses JSON, or says where it breaks (line and column) in a message naming the file. */
export function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : text.length;
    const { line, column } = lineColumnAt(text, offset);
    const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
    throw new CliError(
      `${path.basename(file)} is not valid JSON: ${reason} (line ${line}, column ${column}). Fix the file and try again.`,
    );
  }
}
