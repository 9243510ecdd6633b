// One email message as every mail reader (.eml, .msg, mbox, .pst) hands it over: the facts a reviewer
// filters by, the body as text, and the attachments' bytes. Nested messages are attachments too.

export interface MailAddress {
  name: string;
  /** Lower-cased SMTP address; empty when only a display name is known (an Exchange-only sender). */
  address: string;
}

export interface MailAttachment {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
  /** Set when the attachment is itself a message (message/rfc822 or an embedded Outlook item). */
  message?: MailMessage;
}

export interface MailMessage {
  /** Message-ID without angle brackets; empty when the message has none. */
  messageId: string;
  inReplyTo: string;
  /** Message-IDs of the References header, oldest first. */
  references: string[];
  from: MailAddress | undefined;
  to: MailAddress[];
  cc: MailAddress[];
  bcc: MailAddress[];
  /** The Date header as written, keeping the sender's time zone ("Mon, 3 Mar 2025 10:00:00 -0600"). */
  dateWritten: string;
  /** The same instant in ISO 8601 UTC, for sorting and date filters; empty when there is no valid date. */
  sentAt: string;
  subject: string;
  /** Plain text of the body (an HTML-only body converted to text). */
  body: string;
  attachments: MailAttachment[];
}

/** "Name <address>", or whichever of the two is known. */
export function formatAddress(a: MailAddress): string {
  if (a.name && a.address && a.name.toLowerCase() !== a.address) return `${a.name} <${a.address}>`;
  return a.address || a.name;
}

export const formatAddresses = (list: MailAddress[]): string => list.map(formatAddress).join(', ');

/** Strips angle brackets and spaces from a Message-ID ("<a@b>" -> "a@b"). */
export const cleanMessageId = (raw: string | undefined): string =>
  (raw ?? '')
    .trim()
    .replace(/^<+|>+$/g, '')
    .trim();

/** Every <id> in a References or In-Reply-To header, in order. */
export function messageIdsIn(raw: string | undefined): string[] {
  const ids = [...(raw ?? '').matchAll(/<([^<>\s]+)>/g)].map((m) => m[1]!);
  if (ids.length > 0) return ids;
  const bare = cleanMessageId(raw);
  return bare && !/\s/.test(bare) ? [bare] : [];
}

/** An ISO 8601 UTC instant for a date, or empty when it is not a valid date. */
export function toIsoInstant(value: Date | string | undefined): string {
  if (!value) return '';
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
