// Reads an RFC 5322 message (.eml, one message of an mbox, a .pst item's MIME, an attached message/rfc822)
// into a MailMessage with postal-mime. Attached messages are read too, a few levels deep.
import PostalMime, { type Address, type Email } from 'postal-mime';
import { htmlBodyToText } from './html-text';
import {
  cleanMessageId,
  messageIdsIn,
  toIsoInstant,
  type MailAddress,
  type MailAttachment,
  type MailMessage,
} from './mail-message';

const MAX_NESTED = 5;

function flatten(list: Address[] | Address | undefined): MailAddress[] {
  const out: MailAddress[] = [];
  for (const entry of Array.isArray(list) ? list : list ? [list] : []) {
    if (entry.group) out.push(...flatten(entry.group));
    else if (entry.address || entry.name)
      out.push({ name: entry.name.trim(), address: (entry.address ?? '').trim().toLowerCase() });
  }
  return out;
}

const toBytes = (content: ArrayBuffer | Uint8Array | string): Uint8Array =>
  typeof content === 'string'
    ? new TextEncoder().encode(content)
    : content instanceof Uint8Array
      ? content
      : new Uint8Array(content);

/** True when the bytes start like a message: some header lines before the first blank line. */
export function looksLikeMessage(email: Email): boolean {
  return email.headers.some((h) =>
    ['from', 'to', 'date', 'subject', 'message-id', 'received'].includes(h.key),
  );
}

export async function readEml(bytes: Uint8Array, depth = 0): Promise<MailMessage> {
  const email = await PostalMime.parse(bytes, { forceRfc822Attachments: true });
  if (!looksLikeMessage(email)) {
    throw new Error('it has no message headers (From, To, Date, Subject) before its text');
  }
  const attachments: MailAttachment[] = [];
  for (const [index, part] of email.attachments.entries()) {
    // Inline images of an HTML body are part of its look, not documents of their own.
    if (part.related && part.mimeType.startsWith('image/')) continue;
    const content = toBytes(part.content);
    const isMessage = part.mimeType === 'message/rfc822';
    const message =
      isMessage && depth < MAX_NESTED ? await readEml(content, depth + 1).catch(() => undefined) : undefined;
    const fileName =
      part.filename?.trim() ||
      (message ? `${message.subject || 'Attached message'}.eml` : `attachment-${index + 1}`);
    attachments.push({ fileName, contentType: part.mimeType, bytes: content, message });
  }
  const dateWritten = email.headers.find((h) => h.key === 'date')?.value.trim() ?? '';
  return {
    messageId: cleanMessageId(email.messageId),
    inReplyTo: messageIdsIn(email.inReplyTo)[0] ?? '',
    references: messageIdsIn(email.references),
    from: flatten(email.from)[0],
    to: flatten(email.to),
    cc: flatten(email.cc),
    bcc: flatten(email.bcc),
    dateWritten,
    sentAt: toIsoInstant(dateWritten ? email.date : undefined),
    subject: (email.subject ?? '').trim(),
    body: (email.text ?? (email.html ? htmlBodyToText(email.html) : '')).replace(/\r\n?/g, '\n'),
    attachments,
  };
}
