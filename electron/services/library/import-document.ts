// Imports one document file (PDF, DOCX, text, Markdown). It is read, hashed and extracted completely before
// a single transaction stores it, so a bad file leaves nothing behind; a file already in the library (same
// SHA-256) is returned as it is.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ImportOutcome } from '../../../core/library/library-types';
import { titleFromFileName } from '../../../core/library/document-title';
import { guessEffectiveDate, guessIdentifier, guessKind } from '../../../core/library/guess-metadata';
import { extractFile, ImportError } from './extract-file';
import type { LibraryDatabase } from './library-database';
import { readLimits, readUserFile, UnreadableFileError } from '../safe-read';

/** Imports one file; throws ImportError with a message for the user. */
export async function importFile(
  library: LibraryDatabase,
  file: string,
  onPage: (page: number, total: number) => void = () => undefined,
  supported?: string[],
): Promise<Extract<ImportOutcome, { source: unknown }>> {
  const fileName = path.basename(file);
  let bytes: Buffer;
  try {
    bytes = (await readUserFile(file, readLimits.import)).bytes;
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new ImportError(error.message);
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
  const doc = await extractFile(file, bytes, onPage, supported);
  if (!doc.text.trim()) {
    throw new ImportError(
      `${fileName} has no text to import${path.extname(file).toLowerCase() === '.pdf' ? ' (a scanned PDF needs text recognition first)' : ''}.`,
    );
  }
  const title = doc.title.trim() || titleFromFileName(fileName);
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
