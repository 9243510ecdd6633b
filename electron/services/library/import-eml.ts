// Email importer (.eml, parsed by postal-mime): the headers a reader needs (from, to, cc, date, subject),
// the body text, and the names of attachments (their contents are not imported).
import PostalMime from 'postal-mime';
import { TextBuilder, type ExtractedDocument } from './extracted-document';

interface Address {
  name?: string;
  address?: string;
  group?: Address[];
}

const formatAddress = (a: Address): string => {
  if (a.group) return a.group.map(formatAddress).join(', ');
  if (a.name && a.address) return `${a.name} <${a.address}>`;
  return a.address ?? a.name ?? '';
};

const formatList = (list: Address[] | undefined) =>
  (list ?? []).map(formatAddress).filter(Boolean).join(', ');

function stripHtml(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/(p|div|br|li|tr|h\d)>|<br\s*\/?>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

export async function extractEml(bytes: Uint8Array): Promise<ExtractedDocument> {
  const email = await PostalMime.parse(new Uint8Array(bytes));
  const headers: [string, string][] = [
    ['From', email.from ? formatAddress(email.from as Address) : ''],
    ['To', formatList(email.to as Address[] | undefined)],
    ['Cc', formatList(email.cc as Address[] | undefined)],
    // The Date header as written ("Mon, 3 Mar 2025 10:00:00 -0600") keeps the sender's time zone.
    ['Date', email.headers.find((h) => h.key === 'date')?.value ?? email.date ?? ''],
    ['Subject', email.subject ?? ''],
  ];
  const body = (email.text ?? (email.html ? stripHtml(email.html) : '')).replace(/\r\n?/g, '\n');
  const attachments = email.attachments.map((a) => a.filename ?? '(unnamed attachment)');
  const builder = new TextBuilder();
  const present = headers.filter(([, value]) => value.trim());
  if (present.length === 0 && !body.trim()) return builder.finish('', true);
  for (const [name, value] of present) builder.paragraph(`${name}: ${value}`);
  for (const para of body.split(/\n\s*\n/)) builder.paragraph(para.replace(/\n/g, ' '));
  if (attachments.length > 0) builder.paragraph(`Attachments: ${attachments.join(', ')}`);
  return builder.finish(email.subject?.trim() ?? '', true);
}
