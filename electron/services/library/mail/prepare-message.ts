// The slow, asynchronous half of importing a message: hash it and its attachments and read their text.
// Nothing touches the database here, so a batch of prepared messages can then be stored in one transaction.
import { createHash } from 'node:crypto';
import type { ExtractedDocument } from '../extracted-document';
import { canExtract, extractFile } from '../extract-file';
import type { LibraryDatabase } from '../library-database';
import type { MailMessage } from './mail-message';
import { contentHash, messageDocument } from './message-document';

export interface PreparedAttachment {
  fileName: string;
  sha256: string;
  /** Its text; undefined when it is already in the library (found by SHA-256) or is a message. */
  document?: ExtractedDocument;
  message?: PreparedMessage;
}

export interface PreparedMessage {
  message: MailMessage;
  /** What the source is called in the library ("inbox.mbox #3", "memo.msg"). */
  fileName: string;
  /** SHA-256 of the message's own bytes as read. */
  sha256: string;
  contentHash: string;
  document: ExtractedDocument;
  attachments: PreparedAttachment[];
  /** Attachments whose text could not be read: they are kept, without text, and named in the summary. */
  warnings: string[];
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const EMPTY: ExtractedDocument = { title: '', text: '', pages: [], sections: [], isEmail: false };

async function attachmentText(fileName: string, bytes: Uint8Array): Promise<[ExtractedDocument, string]> {
  if (!canExtract(fileName)) return [EMPTY, 'its kind of file holds no text the library can read'];
  try {
    return [await extractFile(fileName, bytes), ''];
  } catch (error) {
    return [EMPTY, error instanceof Error ? error.message : String(error)];
  }
}

export async function prepareMessage(
  library: LibraryDatabase,
  message: MailMessage,
  bytes: Uint8Array,
  fileName: string,
): Promise<PreparedMessage> {
  const warnings: string[] = [];
  const attachments: PreparedAttachment[] = [];
  for (const attachment of message.attachments) {
    const sha256 = sha256Of(attachment.bytes);
    if (attachment.message) {
      const nested = await prepareMessage(library, attachment.message, attachment.bytes, attachment.fileName);
      warnings.push(...nested.warnings);
      attachments.push({ fileName: attachment.fileName, sha256, message: nested });
      continue;
    }
    if (library.findBySha256(sha256)) {
      attachments.push({ fileName: attachment.fileName, sha256 });
      continue;
    }
    const [document, problem] = await attachmentText(attachment.fileName, attachment.bytes);
    if (problem || !document.text.trim()) {
      const why = problem || 'it has no text';
      warnings.push(
        `${attachment.fileName} (attached to "${message.subject || fileName}") is kept without text: ${why}.`,
      );
    }
    attachments.push({ fileName: attachment.fileName, sha256, document });
  }
  return {
    message,
    fileName,
    sha256: sha256Of(bytes),
    contentHash: contentHash(
      message,
      attachments.map((a) => a.sha256),
    ),
    document: messageDocument(message),
    attachments,
    warnings,
  };
}
