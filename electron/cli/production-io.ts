// What the production commands share: the library folder (--library, else the per-user one), a printer
// started only when a record must be printed (and closed at the end), and their failures as CLI errors.
import { randomUUID } from 'node:crypto';
import { defaultLibraryDir } from '../services/library/library-dir';
import { openChromiumPrinter } from '../services/production/chromium-printer';
import { RecordPdfError } from '../services/production/load-record-pdf';
import { ProductionError } from '../services/production/production-error';
import { PrinterUnavailableError, type HtmlPrinter } from '../services/production/printer';
import { RecordSourceError } from '../services/production/record-sources';
import { VolumeExistsError } from '../services/production/volume-writer';
import { CliError } from './cli-error';

export const libraryDirOf = (option: string | undefined): string => option ?? defaultLibraryDir();

export const newId = (): string => randomUUID();

/** Runs `work` with a printer that starts Chromium on first use; closes it whatever happens. */
export async function withPrinter<T>(work: (printer: () => Promise<HtmlPrinter>) => Promise<T>): Promise<T> {
  let started: Promise<HtmlPrinter> | undefined;
  try {
    return await work(() => (started ??= openChromiumPrinter()));
  } finally {
    if (started) await (await started.catch(() => undefined))?.close();
  }
}

/** The production's own failures as one clear message (exit 1); anything else is left as it is. */
export function asCliError(error: unknown, nothingWritten: string): unknown {
  if (
    error instanceof PrinterUnavailableError ||
    error instanceof VolumeExistsError ||
    error instanceof RecordPdfError
  )
    return new CliError(`${error.message} ${nothingWritten}`);
  if (error instanceof RecordSourceError)
    return new CliError(
      `These records cannot be produced; ${nothingWritten.toLowerCase()}`,
      1,
      error.problems,
    );
  if (error instanceof ProductionError) return new CliError(error.message, 1, error.details);
  return error;
}
