// Opens a record's PDF for copying its pages. A PDF encrypted with an owner password only (printing or
// copying restricted, as many city PDFs are) opens with the empty user password and is copied decrypted; a
// PDF that needs a password to open is refused with what to do.
import { EncryptedPDFError, PDFDocument } from '@cantoo/pdf-lib';

export class RecordPdfError extends Error {}

export async function loadRecordPdf(bytes: Uint8Array, name: string): Promise<PDFDocument> {
  try {
    return await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    if (!(error instanceof EncryptedPDFError))
      throw new RecordPdfError(`${name} could not be read as a PDF (${(error as Error).message}).`);
  }
  try {
    return await PDFDocument.load(bytes, { updateMetadata: false, password: '' });
  } catch {
    throw new RecordPdfError(
      `${name} is protected by a password, so its pages cannot be produced. Open it with the password, print it to a new PDF and add that file instead.`,
    );
  }
}
