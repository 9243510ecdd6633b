// What the library keeps of a message as text: the header lines a reader needs, the body, and the names of
// its attachments (each attachment is a source of its own). Also the normalized content hash that finds the
// same message in another custodian's mailbox when it has no Message-ID or a rewritten one.
import { createHash } from 'node:crypto';
import { TextBuilder, type ExtractedDocument } from '../extracted-document';
import { formatAddress, formatAddresses, type MailMessage } from './mail-message';

export function messageDocument(message: MailMessage): ExtractedDocument {
  const builder = new TextBuilder();
  const headers: [string, string][] = [
    ['From', message.from ? formatAddress(message.from) : ''],
    ['To', formatAddresses(message.to)],
    ['Cc', formatAddresses(message.cc)],
    ['Bcc', formatAddresses(message.bcc)],
    ['Date', message.dateWritten],
    ['Subject', message.subject],
  ];
  for (const [name, value] of headers) if (value.trim()) builder.paragraph(`${name}: ${value}`);
  for (const para of message.body.split(/\n\s*\n/)) builder.paragraph(para.replace(/\n/g, ' '));
  if (message.attachments.length > 0) {
    builder.paragraph(`Attachments: ${message.attachments.map((a) => a.fileName).join(', ')}`);
  }
  return builder.finish(message.subject, true);
}

/** "Re: FW: Budget" -> "budget": the subject that threads messages without reply headers. */
export function subjectKey(subject: string): string {
  return subject
    .replace(/^\s*((re|fw|fwd|aw|wg|sv|vs|tr|rv|res|enc)(\[\d+\])?\s*:\s*)+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * SHA-256 of what makes a message the same message wherever it was kept: sender, recipients, the instant it
 * was sent, subject, body text with spacing normalized, and the attachments' own hashes. Folder, flags,
 * transport headers and the encoding a mail program chose do not count; nor does Bcc, which only the
 * sender's copy shows.
 */
export function contentHash(message: MailMessage, attachmentHashes: string[]): string {
  const addresses = (list: MailMessage['to']) =>
    list
      .map((a) => a.address || a.name.toLowerCase())
      .sort()
      .join(',');
  const parts = [
    message.from ? message.from.address || message.from.name.toLowerCase() : '',
    addresses(message.to),
    addresses(message.cc),
    message.sentAt,
    message.subject.replace(/\s+/g, ' ').trim(),
    message.body.replace(/\s+/g, ' ').trim(),
    [...attachmentHashes].sort().join(','),
  ];
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}
