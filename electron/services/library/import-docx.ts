// DOCX importer: mammoth turns the file into simple HTML; headings start sections, paragraphs, list items
// and table rows become paragraphs of text.
import mammoth from 'mammoth';
import { TextBuilder, type ExtractedDocument } from './extracted-document';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Walks mammoth's HTML as a stream of tags; block tags end the text gathered so far. */
export function htmlToText(html: string): { builder: TextBuilder; firstHeading: string } {
  const builder = new TextBuilder();
  let buffer = '';
  let headingLevel = 0;
  let firstHeading = '';
  let row: string[] = [];
  let inCell = false;
  const flush = () => {
    const text = decodeEntities(buffer).replace(/\s+/g, ' ').trim();
    buffer = '';
    return text;
  };
  for (const token of html.split(/(<[^>]+>)/)) {
    const tag = /^<(\/?)([a-z0-9]+)/i.exec(token);
    if (!tag) {
      buffer += token;
      continue;
    }
    const [, closing, name] = tag;
    const lower = name!.toLowerCase();
    if (/^h[1-6]$/.test(lower)) {
      if (closing) {
        const text = flush();
        builder.heading(text, headingLevel);
        if (!firstHeading) firstHeading = text;
      } else {
        builder.paragraph(flush());
        headingLevel = Number(lower[1]);
      }
    } else if (lower === 'td' || lower === 'th') {
      inCell = !closing;
      if (closing) row.push(flush());
      else buffer = '';
    } else if (lower === 'tr') {
      if (closing) builder.paragraph(row.filter(Boolean).join(' | '));
      row = [];
    } else if (lower === 'br') {
      buffer += ' ';
    } else if (inCell && lower === 'p') {
      // Paragraphs inside a table cell stay part of the cell's text.
      buffer += ' ';
    } else if (['p', 'li', 'ul', 'ol', 'table', 'blockquote'].includes(lower)) {
      builder.paragraph(flush());
    }
  }
  builder.paragraph(flush());
  return { builder, firstHeading };
}

export async function extractDocx(bytes: Uint8Array): Promise<ExtractedDocument> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const { builder, firstHeading } = htmlToText(result.value);
  return builder.finish(firstHeading);
}
