// How the CLI fails: one sentence on stderr and an exit code, never a stack trace.
import { DeskError } from '../../core/api/result';
import path from 'node:path';
import { TemplateError, TemplateErrors } from '../../core/template/template-error';

export const EXIT_USER_ERROR = 1;
export const EXIT_USAGE = 2;

/** A failure the person can fix; `exitCode` 2 means the command line itself was wrong. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USER_ERROR,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** `letter.md:12:5: what is wrong`, with the file's base name (the full path is noise on a terminal). */
export const describeTemplateError = (error: TemplateError): string =>
  error.file ? `${path.basename(error.file)}:${error.line}:${error.column}: ${error.message}` : error.message;

export const usageError = (message: string): CliError =>
  new CliError(`${message}\nRun "counsel-desk --help" for usage.`, EXIT_USAGE);

/** The message and exit code for anything thrown out of a command. */
export function describeFailure(error: unknown): { message: string; exitCode: number } {
  if (error instanceof CliError) {
    const details = error.details.map((line) => `  ${line}`);
    return { message: [error.message, ...details].join('\n'), exitCode: error.exitCode };
  }
  if (error instanceof TemplateErrors) {
    const lines = error.errors.map((one) => `  ${describeTemplateError(one)}`);
    return {
      message: ['Template problems (fix them and try again):', ...lines].join('\n'),
      exitCode: EXIT_USER_ERROR,
    };
  }
  if (error instanceof TemplateError) {
    return {
      message: `Template problem: ${describeTemplateError(error)}. Fix the template and try again.`,
      exitCode: EXIT_USER_ERROR,
    };
  }
  if (error instanceof DeskError) {
    const details = (error.details ?? []).map((line) => `  ${line}`);
    return { message: [error.message, ...details].join('\n'), exitCode: EXIT_USER_ERROR };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return {
    message: `Counsel Desk hit an unexpected problem: ${reason}. Nothing was written. Please report this with the command you ran.`,
    exitCode: EXIT_USER_ERROR,
  };
}
