// Footnotes and endnotes where they are cited. mammoth lists every note at the end of its HTML, which would
// put a note on the last page and in the last section; each note moves to just after the paragraph (or
// heading, list item, table cell) that cites it, numbered as cited: "[1] The note's text."
import { PAGE_MARK } from './extracted-document';

const NOTE = /<li id="((?:footnote|endnote)-[^"]+)">([\s\S]*?)<\/li>/g;
const BACK_LINK = /<a href="#(?:footnote|endnote)-ref-[^"]*">[\s\S]*?<\/a>/g;
const REFERENCE = /<a href="#((?:footnote|endnote)-[^"]+)"[^>]*>([\s\S]*?)<\/a>/g;
const BLOCK_END = /<\/(?:p|h[1-6]|li|td|th)>/g;
const TRAILING_MARKS = new RegExp(`[${PAGE_MARK}\\s]*$`);

/** The note as paragraphs led by its label. */
function noteParagraphs(label: string, body: string): string {
  const inner = body.replace(BACK_LINK, '').trim();
  return /^<p\b[^>]*>/.test(inner)
    ? inner.replace(/^<p\b[^>]*>/, `<p>${label} `)
    : `<p>${label} ${inner}</p>`;
}

export function placeNotes(html: string): string {
  const notes = new Map<string, string>();
  const body = html
    .replace(NOTE, (_whole, id: string, content: string) => {
      notes.set(id, content);
      return '';
    })
    .replace(/<ol>\s*<\/ol>/g, '');
  if (notes.size === 0) return html;
  const inserts = new Map<number, string[]>();
  for (const reference of body.matchAll(REFERENCE)) {
    const note = notes.get(reference[1]!);
    if (note === undefined) continue;
    notes.delete(reference[1]!);
    BLOCK_END.lastIndex = reference.index + reference[0].length;
    const end = BLOCK_END.exec(body);
    const at = end ? end.index + end[0].length : body.length;
    inserts.set(at, [...(inserts.get(at) ?? []), noteParagraphs(reference[2]!.trim(), note)]);
  }
  let out = '';
  let from = 0;
  for (const at of [...inserts.keys()].sort((a, b) => a - b)) {
    let before = body.slice(from, at);
    // A page break that ends the citing paragraph comes after its notes, which belong to that page.
    const close = /<\/[a-z0-9]+>$/i.exec(before)?.[0] ?? '';
    const content = before.slice(0, before.length - close.length);
    const marks = TRAILING_MARKS.exec(content)![0];
    const trailingMarks = marks.split(PAGE_MARK).length - 1;
    if (trailingMarks > 0) before = content.slice(0, content.length - marks.length) + close;
    out += before + inserts.get(at)!.join('') + (trailingMarks > 0 ? `<p>${PAGE_MARK}</p>` : '');
    from = at;
  }
  // Notes never cited (a reference inside a deleted passage) stay at the end, where mammoth put them.
  const uncited = [...notes.values()].map((note) => noteParagraphs('', note)).join('');
  return out + body.slice(from) + uncited;
}
