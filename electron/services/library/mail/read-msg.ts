// Reads an Outlook item (.msg, or a message embedded in one) into a MailMessage with @kenjiuno/msgreader.
// Outlook keeps times in UTC; the sender's own Date header (with its time zone) is used when the item kept
// its transport headers. In-Reply-To and References are MAPI properties msgreader does not name.
import msgReaderModule, { type FieldsData } from '@kenjiuno/msgreader';
import { headerValue } from './header-lines';
import { htmlBodyToText } from './html-text';
import {
  cleanMessageId,
  messageIdsIn,
  toIsoInstant,
  type MailAddress,
  type MailAttachment,
  type MailMessage,
} from './mail-message';

// The package is CommonJS with an `exports.default`; bundlers in Node mode hand over the whole exports object.
type MsgReader = InstanceType<typeof msgReaderModule>;
const MsgReaderClass: typeof msgReaderModule =
  (msgReaderModule as unknown as { default?: typeof msgReaderModule }).default ?? msgReaderModule;

const MAX_NESTED = 5;
const PID_IN_REPLY_TO = 0x1042;
const PID_REFERENCES = 0x1039;

function decodeProperty(tag: number, raw: Uint8Array): string {
  const type = tag & 0xffff;
  if (type === 0x001f) return new TextDecoder('utf-16le').decode(raw).replace(/\0+$/, '');
  if (type === 0x001e) return new TextDecoder('latin1').decode(raw).replace(/\0+$/, '');
  return '';
}

const address = (name: string | undefined, email: string | undefined): MailAddress => {
  const smtp = email && email.includes('@') ? email.trim().toLowerCase() : '';
  return { name: (name ?? '').trim(), address: smtp };
};

function bodyOf(fields: FieldsData): string {
  if (fields.body?.trim()) return fields.body;
  if (fields.bodyHtml) return htmlBodyToText(fields.bodyHtml);
  if (fields.html) return htmlBodyToText(new TextDecoder('utf-8').decode(fields.html));
  return '';
}

function toMessage(
  reader: MsgReader,
  fields: FieldsData,
  links: WeakMap<FieldsData, Record<number, string>>,
  depth: number,
): MailMessage {
  const recipients = fields.recipients ?? [];
  const pick = (type: 'to' | 'cc' | 'bcc') =>
    recipients
      .filter((r) => (r.recipType ?? 'to') === type)
      .map((r) => address(r.name, r.smtpAddress || r.email))
      .filter((a) => a.name || a.address);
  const attachments: MailAttachment[] = [];
  for (const [index, attachment] of (fields.attachments ?? []).entries()) {
    if (attachment.attachmentHidden && attachment.pidContentId) continue;
    const data = reader.getAttachment(attachment);
    const inner = attachment.innerMsgContent && attachment.innerMsgContentFields;
    const message = inner && depth < MAX_NESTED ? toMessage(reader, inner, links, depth + 1) : undefined;
    const fileName =
      data.fileName?.trim() ||
      (message ? `${message.subject || 'Attached message'}.msg` : `attachment-${index + 1}`);
    attachments.push({
      fileName,
      contentType: message ? 'application/vnd.ms-outlook' : (attachment.attachMimeTag ?? ''),
      bytes: data.content,
      message,
    });
  }
  const own = links.get(fields) ?? {};
  const headers = fields.headers;
  const dateWritten =
    headerValue(headers, 'date') || fields.clientSubmitTime || fields.messageDeliveryTime || '';
  const senderAddress =
    fields.senderSmtpAddress || (fields.senderAddressType === 'SMTP' ? fields.senderEmail : '');
  const from = address(
    fields.senderName,
    senderAddress || headerValue(headers, 'from').replace(/^.*<|>.*$/g, ''),
  );
  return {
    messageId: cleanMessageId(
      (fields as { messageId?: string }).messageId || headerValue(headers, 'message-id'),
    ),
    inReplyTo: messageIdsIn(own[PID_IN_REPLY_TO] || headerValue(headers, 'in-reply-to'))[0] ?? '',
    references: messageIdsIn(own[PID_REFERENCES] || headerValue(headers, 'references')),
    from: from.name || from.address ? from : undefined,
    to: pick('to'),
    cc: pick('cc'),
    bcc: pick('bcc'),
    dateWritten,
    sentAt: toIsoInstant(dateWritten),
    subject: (fields.subject ?? '').trim(),
    body: bodyOf(fields).replace(/\r\n?/g, '\n'),
    attachments,
  };
}

export function readMsg(bytes: Uint8Array): MailMessage {
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const reader = new MsgReaderClass(copy);
  const links = new WeakMap<FieldsData, Record<number, string>>();
  reader.parserConfig = {
    propertyObserver: (fields, tag, raw) => {
      const id = tag >>> 16;
      if (!raw || (id !== PID_IN_REPLY_TO && id !== PID_REFERENCES)) return;
      // Called for the property stream's 8-byte size entry too; only the value stream holds Message-IDs.
      const value = decodeProperty(tag, raw);
      if (!value.includes('@')) return;
      const own = links.get(fields) ?? {};
      own[id] = value;
      links.set(fields, own);
    },
  };
  const fields = reader.getFileData();
  if (fields.error) throw new Error(fields.error);
  if (fields.dataType !== 'msg') throw new Error('it is not an Outlook message');
  return toMessage(reader, fields, links, 0);
}
