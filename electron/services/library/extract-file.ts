// Turns a file's bytes into text by its extension (PDF, DOCX, text, Markdown, .eml). Used for files imported
// on their own and for the attachments of messages. Throws ImportError with a message for the user.
import path from 'node:path';
import type { ExtractedDocument } from './extracted-document';
import { extractDocx } from './import-docx';
import { extractEml } from './import-eml';
import { extractPdf, PdfReadError } from './import-pdf';
import { extractMarkdown, extractPlainText } from './import-text';

export const DOCUMENT_EXTENSIONS = ['.pdf', '.docx', '.txt', '.md', '.markdown', '.eml'];

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

export const canExtract = (fileName: string): boolean => path.extname(fileName).toLowerCase() in extractors;

export async function extractFile(
  file: string,
  bytes: Uint8Array,
  onPage: Parameters<Extractor>[1] = () => undefined,
  supported: string[] = DOCUMENT_EXTENSIONS,
): Promise<ExtractedDocument> {
  const name = path.basename(file);
  const extractor = extractors[path.extname(file).toLowerCase()];
  if (!extractor) {
    throw new ImportError(
      `${name} cannot be imported: only ${supported.join(', ')} files are supported. Save it in one of these formats and import it again.`,
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
