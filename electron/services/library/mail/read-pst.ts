// Reads the messages of an Outlook data file (.pst) with pst-extractor, folder by folder, reading each item
// from the file only when the import reaches it. A .pst item has no bytes of its own to hash, so its
// identity is a canonical form of what was read (see pstItemBytes).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PSTFile, type PSTFolder, type PSTMessage } from 'pst-extractor';
import { htmlBodyToText } from './html-text';
import type { MailItem } from './mail-items';
import {
  cleanMessageId,
  messageIdsIn,
  toIsoInstant,
  type MailAddress,
  type MailAttachment,
  type MailMessage,
} from './mail-message';
import { headerValue } from './header-lines';
import { sha256Of } from './prepare-message';

const MAX_NESTED = 5;
const RECIPIENT_TYPES: Record<number, 'to' | 'cc' | 'bcc'> = { 1: 'to', 2: 'cc', 3: 'bcc' };

const address = (name: string, email: string): MailAddress => ({
  name: name.trim(),
  address: email.includes('@') ? email.trim().toLowerCase() : '',
});

function attachmentBytes(attachment: ReturnType<PSTMessage['getAttachment']>): Uint8Array {
  const stream = attachment.fileInputStream;
  if (!stream) return new Uint8Array(0);
  const bytes = Buffer.alloc(Number(stream.length));
  stream.readCompletely(bytes);
  return bytes;
}

/** A MailMessage from one .pst item (exported for tests that feed it a minimal stand-in item). */
export function pstMessage(item: PSTMessage, depth = 0): MailMessage {
  const recipients: Record<'to' | 'cc' | 'bcc', MailAddress[]> = { to: [], cc: [], bcc: [] };
  for (let i = 0; i < item.numberOfRecipients; i++) {
    const r = item.getRecipient(i);
    if (!r) continue;
    recipients[RECIPIENT_TYPES[r.recipientType] ?? 'to'].push(
      address(r.displayName, r.smtpAddress || r.emailAddress),
    );
  }
  const attachments: MailAttachment[] = [];
  for (let i = 0; i < item.numberOfAttachments; i++) {
    const a = item.getAttachment(i);
    const embedded = a.attachMethod === 5 && depth < MAX_NESTED ? a.embeddedPSTMessage : null;
    const message = embedded ? pstMessage(embedded, depth + 1) : undefined;
    const fileName =
      a.longFilename ||
      a.filename ||
      (message ? `${message.subject || 'Attached message'}.msg` : `attachment-${i + 1}`);
    const bytes = message ? new TextEncoder().encode(JSON.stringify(message, omitBytes)) : attachmentBytes(a);
    attachments.push({ fileName, contentType: a.mimeTag, bytes, message });
  }
  const headers = item.transportMessageHeaders;
  const sent = item.clientSubmitTime ?? item.messageDeliveryTime;
  const dateWritten = headerValue(headers, 'date') || (sent ? sent.toUTCString() : '');
  const from = address(item.senderName, item.senderEmailAddress);
  return {
    messageId: cleanMessageId(item.internetMessageId || headerValue(headers, 'message-id')),
    inReplyTo: messageIdsIn(item.inReplyToId || headerValue(headers, 'in-reply-to'))[0] ?? '',
    references: messageIdsIn(headerValue(headers, 'references')),
    from: from.name || from.address ? from : undefined,
    ...recipients,
    dateWritten,
    sentAt: toIsoInstant(sent ?? dateWritten),
    subject: item.subject.trim(),
    body: (item.body.trim() ? item.body : item.bodyHTML ? htmlBodyToText(item.bodyHTML) : '').replace(
      /\r\n?/g,
      '\n',
    ),
    attachments,
  };
}

/** Attachment bytes are hashed on their own; the canonical form names them by hash. */
function omitBytes(key: string, value: unknown): unknown {
  return key === 'bytes' && value instanceof Uint8Array ? sha256Of(value) : value;
}

/** The canonical bytes of a .pst item: hashing them finds the same item when the file is imported again. */
export const pstItemBytes = (message: MailMessage): Uint8Array =>
  new TextEncoder().encode(JSON.stringify(message, omitBytes));

function* folders(folder: PSTFolder, trail: string[]): Generator<[PSTFolder, string[]]> {
  yield [folder, trail];
  if (folder.hasSubfolders)
    for (const sub of folder.getSubFolders()) yield* folders(sub, [...trail, sub.displayName]);
}

/** The messages under a .pst's root folder, folder by folder (exported for tests that feed a stand-in). */
export function* pstFolderItems(root: PSTFolder, name: string, size: number): Generator<MailItem> {
  const all = [...folders(root, [])];
  const total = all.reduce((sum, [f]) => sum + f.contentCount, 0);
  const weight = total > 0 ? size / total : size;
  let index = 0;
  for (const [folder, trail] of all) {
    if (folder.contentCount === 0) continue;
    folder.moveChildCursorTo(0);
    for (let child = folder.getNextChild() as PSTMessage | null; child; child = folder.getNextChild()) {
      // Contacts, calendar items and tasks share the folders; only messages are communications.
      if (!/^IPM\.(Note|Post|Schedule\.Meeting)/i.test(child.messageClass || 'IPM.Note')) continue;
      index++;
      const where = trail.length > 0 ? `${trail.join('/')}, ` : '';
      const label = `${name}, ${where}item ${index}`;
      let message: MailMessage | undefined;
      let failure: unknown;
      try {
        message = pstMessage(child);
      } catch (error) {
        failure = error;
      }
      const bytes = message ? pstItemBytes(message) : new TextEncoder().encode(label);
      const read = () => (message ? Promise.resolve(message) : Promise.reject(failure));
      yield { label, fileName: `${name} #${index}`, bytes, weight, read };
    }
  }
}

/** Every .pst (Unicode or the older ANSI kind) starts with "!BDN". */
async function checkHeader(file: string): Promise<void> {
  const handle = await fs.open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    if (bytesRead < 4 || buffer.toString('latin1') !== '!BDN') {
      throw new Error(
        bytesRead === 0
          ? 'the file is empty (0 bytes)'
          : 'it is not an Outlook data file (a .pst starts with "!BDN"); export the mailbox from Outlook again',
      );
    }
  } finally {
    await handle.close();
  }
}

export async function* readPst(file: string): AsyncGenerator<MailItem> {
  await checkHeader(file);
  const { size } = await fs.stat(file);
  let pst: PSTFile;
  try {
    pst = new PSTFile(file);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split(':')[0] : String(error);
    throw new Error(`the Outlook data file is damaged (${detail})`, { cause: error });
  }
  try {
    yield* pstFolderItems(pst.getRootFolder(), path.basename(file), size);
  } finally {
    pst.close();
  }
}
