// Imports files into the library one by one. Each file is read, hashed and extracted completely before a
// single transaction stores it, so a bad file leaves nothing behind; a file already in the library (same
// SHA-256) is returned as it is.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ImportOutcome, ImportProgress } from '../../../core/library/library-types';
import {
  firstLineTitle,
  guessEffectiveDate,
  guessIdentifier,
  guessKind,
} from '../../../core/library/guess-metadata';
import type { ExtractedDocument } from './extracted-document';
import { extractDocx } from './import-docx';
import { extractEml } from './import-eml';
import { extractPdf, PdfReadError } from './import-pdf';
import { extractMarkdown, extractPlainText } from './import-text';
import type { LibraryDatabase } from './library-database';

export const IMPORTABLE_EXTENSIONS = ['.pdf', '.docx', '.txt', '.md', '.markdown', '.eml'];

type Extractor = (
  bytes: Uint8Array,
  onPage: (page: number, total: number) => void,
) => Promise<ExtractedDocument>;

const extractors: Record<string, Extractor> = {
  '.pdf': extractPdf,
  '.docx': (bytes) => extractDocx(bytes),
  '.txt': async (bytes) => extractPlainText(bytes),
  '.md': async (bytes) => extractMarkdown(bytes),
  '.markdown': async (bytes) => extractMarkdown(bytes),
  '.eml': (bytes) => extractEml(bytes),
};

/** Thrown for a file that cannot be imported; the message names the file and what to do. */
export class ImportError extends Error {}

async function extract(file: string, bytes: Uint8Array, onPage: Parameters<Extractor>[1]) {
  const name = path.basename(file);
  const extractor = extractors[path.extname(file).toLowerCase()];
  if (!extractor) {
    throw new ImportError(
      `${name} cannot be imported: only ${IMPORTABLE_EXTENSIONS.join(', ')} files are supported. Save it in one of these formats and import it again.`,
    );
  }
  try {
    return await extractor(bytes, onPage);
  } catch (error) {
    if (error instanceof PdfReadError && error.reason === 'encrypted') {
      throw new ImportError(
        `${name} ${error.message}. Remove the password (print it to a new PDF) and import it again.`,
      );
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(
      `${name} could not be read: it looks damaged or is not really a ${path.extname(file).slice(1).toUpperCase()} file (${detail}). Open it in its usual program, save a fresh copy and import that.`,
    );
  }
}

/** Imports one file; throws ImportError with a message for the user. */
export async function importFile(
  library: LibraryDatabase,
  file: string,
  onPage: (page: number, total: number) => void = () => undefined,
): Promise<ImportOutcome> {
  const fileName = path.basename(file);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder' : `cannot be read (${code})`;
    throw new ImportError(`${file} ${why}. Check the path and import it again.`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const existing = library.findBySha256(sha256);
  if (existing) return { status: 'already-in-library', fileName, source: existing };
  if (bytes.length === 0)
    throw new ImportError(`${fileName} is empty (0 bytes); there is nothing to import.`);
  const doc = await extract(file, bytes, onPage);
  if (!doc.text.trim()) {
    throw new ImportError(
      `${fileName} has no text to import${path.extname(file).toLowerCase() === '.pdf' ? ' (a scanned PDF needs text recognition first)' : ''}.`,
    );
  }
  const title = doc.title.trim() || firstLineTitle(doc.text, fileName);
  const source = library.insert({
    title,
    kind: guessKind(title, doc.text, doc.isEmail),
    identifier: guessIdentifier(`${title}\n${doc.text}`),
    effectiveDate: guessEffectiveDate(doc.text),
    fileName,
    sha256,
    text: doc.text,
    pages: doc.pages,
    sections: doc.sections,
  });
  return { status: 'imported', fileName, source };
}

/** Imports several files; one file's failure is reported and the others go on. */
export async function importFiles(
  library: LibraryDatabase,
  files: string[],
  onProgress: (progress: ImportProgress) => void = () => undefined,
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const [index, file] of files.entries()) {
    const fileName = path.basename(file);
    const report = (page: number, pageCount: number) =>
      onProgress({ fileName, fileIndex: index, fileCount: files.length, page, pageCount });
    report(0, 0);
    try {
      outcomes.push(await importFile(library, file, report));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      outcomes.push({ status: 'failed', fileName, message: error.message });
    }
  }
  return outcomes;
}
