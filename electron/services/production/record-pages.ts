// A record's pages as PDF: a PDF keeps its own pages; text, Markdown, a Word document (through mammoth's HTML,
// pictures included) and an email (its From, Sent, To, Cc and Subject, then its body) are printed to PDF
// pages. A printed copy is kept in the originals store, so the same file is printed once.
import mammoth from 'mammoth';
import { emailHtml, htmlPage, textHtml } from '../../../core/production/record-html';
import { markdownHtml } from '../../../core/production/markdown-html';
import { formatAddress, formatAddresses } from '../library/mail/mail-message';
import { readEml } from '../library/mail/read-eml';
import { decodeText } from '../library/text-encoding';
import type { OriginalsStore, StoredOriginal } from './originals-store';
import type { HtmlPrinter } from './printer';

/** Bumped whenever the HTML a record is printed from changes, so kept prints are not reused. */
export const PRINT_VERSION = 'p1';

export const PRINTABLE_EXTENSIONS = ['.pdf', '.txt', '.md', '.markdown', '.docx', '.eml'];

/** Thrown for a file that cannot become pages; the message names it and what to do. */
export class RecordPagesError extends Error {}

async function docxHtml(bytes: Uint8Array, title: string): Promise<string> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  // mammoth writes pictures as data: URLs, which the printer allows; its text arrives escaped.
  return htmlPage(title, value);
}

async function messageHtml(bytes: Uint8Array): Promise<string> {
  const message = await readEml(bytes);
  return emailHtml(
    {
      from: message.from ? formatAddress(message.from) : '',
      to: formatAddresses(message.to),
      cc: formatAddresses(message.cc),
      date: message.dateWritten,
      subject: message.subject,
      attachments: message.attachments.map((a) => a.fileName),
    },
    message.body,
  );
}

/** The HTML a non-PDF record is printed from. */
export async function recordHtml(original: StoredOriginal, title: string): Promise<string> {
  switch (original.extension) {
    case '.txt':
      return textHtml(title, decodeText(original.bytes));
    case '.md':
    case '.markdown':
      return markdownHtml(title, decodeText(original.bytes));
    case '.docx':
      return docxHtml(original.bytes, title);
    case '.eml':
      return messageHtml(original.bytes);
    default:
      throw new RecordPagesError(
        `"${title}" is a ${original.extension} file, which cannot be printed to pages; save it as PDF and add that file instead.`,
      );
  }
}

export async function recordPdf(
  original: StoredOriginal,
  title: string,
  store: OriginalsStore,
  printer: () => Promise<HtmlPrinter>,
): Promise<Uint8Array> {
  if (original.extension === '.pdf') return original.bytes;
  const kept = await store.printed(original.sha256, PRINT_VERSION);
  if (kept) return kept;
  let html: string;
  try {
    html = await recordHtml(original, title);
  } catch (error) {
    if (error instanceof RecordPagesError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new RecordPagesError(`"${title}" could not be read to print it (${reason}).`);
  }
  const pdf = await (await printer()).printToPdf(html);
  await store.keepPrinted(original.sha256, PRINT_VERSION, pdf);
  return pdf;
}
