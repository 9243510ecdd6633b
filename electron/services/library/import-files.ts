// Imports files into the library: documents (PDF, DOCX, text, Markdown) and mail (.eml, .msg, mbox, .pst),
// folders walked recursively. One file's or one message's failure is reported and the others go on.
import path from 'node:path';
import type { ImportOutcome, ImportProgress } from '../../../core/library/library-types';
import type { LibraryDatabase } from './library-database';
import { runImport, SUPPORTED_EXTENSIONS } from './mail/import-run';

export { ImportError } from './extract-file';
export { importFile } from './import-document';

export const IMPORTABLE_EXTENSIONS = SUPPORTED_EXTENSIONS;

/** Imports files and folders; one outcome per file or message, in order. */
export async function importFiles(
  library: LibraryDatabase,
  files: string[],
  onProgress: (progress: ImportProgress) => void = () => undefined,
  custodian = '',
): Promise<ImportOutcome[]> {
  const names = files.map((f) => path.basename(f));
  const { outcomes } = await runImport(library, files, {
    custodian,
    onPage: (fileName, page, pageCount) =>
      onProgress({ fileName, fileIndex: names.indexOf(fileName), fileCount: files.length, page, pageCount }),
  });
  return outcomes;
}
