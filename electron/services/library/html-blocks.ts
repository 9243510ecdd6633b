// Simple HTML (mammoth's rendering of a DOCX, a mail body) as paragraphs of text: headings start sections,
// paragraphs, list items and table rows become paragraphs. A paragraph with class "doc-title" (what the DOCX
// importer maps Word's Title style to) is remembered as the document's title.
import { TextBuilder } from './extracted-document';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export interface HtmlText {
  builder: TextBuilder;
  firstHeading: string;
  /** The text of the first paragraph marked class="doc-title"; empty when there is none. */
  titleParagraph: string;
}

/** Walks the HTML as a stream of tags; block tags end the text gathered so far. */
export function htmlToText(html: string, builder = new TextBuilder()): HtmlText {
  let buffer = '';
  let headingLevel = 0;
  let firstHeading = '';
  let titleParagraph = '';
  let inTitle = false;
  let row: string[] = [];
  let inCell = false;
  const flush = () => {
    const text = decodeEntities(buffer).replace(/\s+/g, ' ').trim();
    buffer = '';
    return text;
  };
  const endParagraph = () => {
    const text = flush();
    if (inTitle && !titleParagraph) titleParagraph = text;
    inTitle = false;
    builder.paragraph(text);
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
        endParagraph();
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
      endParagraph();
      if (!closing && lower === 'p') inTitle = /\bclass="[^"]*\bdoc-title\b/.test(token);
    }
  }
  endParagraph();
  return { builder, firstHeading, titleParagraph };
}
