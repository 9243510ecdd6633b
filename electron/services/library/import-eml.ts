// A single .eml as a document: its headers, body and attachment names, read the way every mail import reads
// a message (mail/read-eml.ts). Imports of .eml files store the message with its attachments through
// mail/import-run.ts; this is for an .eml met where only its text is wanted.
import type { ExtractedDocument } from './extracted-document';
import { messageDocument } from './mail/message-document';
import { readEml } from './mail/read-eml';

export async function extractEml(bytes: Uint8Array): Promise<ExtractedDocument> {
  return messageDocument(await readEml(bytes));
}
