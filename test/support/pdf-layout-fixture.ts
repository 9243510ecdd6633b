// Writes PDFs laid out the way a word processor typesets them, for the importer's paragraph tests: text is
// wrapped greedily at a measure in Helvetica (the widths pdf.js itself uses), with the line spacing, space
// between paragraphs and first-line indents asked for. Titles go in the Info dictionary, in XMP, or both.

/** Helvetica's advance widths (thousandths of an em) for the characters 32-126. */
const HELVETICA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
  500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
  556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

export const textWidth = (text: string, size: number): number =>
  [...text].reduce((sum, ch) => sum + (HELVETICA[ch.charCodeAt(0) - 32] ?? 556), 0) * (size / 1000);

export interface PlacedLine {
  text: string;
  x: number;
  y: number;
  size: number;
}

export interface Block {
  text: string;
  size?: number;
  /** First-line indent in points. */
  indent?: number;
  /** Extra space above the block in points. */
  spaceBefore?: number;
}

/** Greedy line breaking at `measure` points, as a word processor does. */
export function wrap(text: string, size: number, measure: number, indent = 0): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    const room = measure - (lines.length === 0 ? indent : 0);
    if (line && textWidth(candidate, size) > room) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** A word split at a line end, as "immigration" into "immi-" and "gration". */
export interface SplitWord {
  word: string;
  head: string;
  tail: string;
}

/**
 * Lines that each end in the first part of a split word, filled with words before it exactly as far as a
 * typesetter would go (the whole word no longer fits, its first part does), for tests of joining them.
 */
export function linesEndingInSplitWords(splits: SplitWord[], size = 11, measure = 468): string[] {
  const fillers = ['officers', 'city', 'the', 'a'];
  const lines: string[] = [];
  let line = 'Text';
  for (const { word, head, tail } of splits) {
    const fits = (end: string) => textWidth(`${line} ${end}`, size) <= measure;
    while (fits(word) || !fits(head)) {
      const filler = fillers.find((f) => fits(`${f} ${head}`));
      if (!filler) throw new Error(`No filler brings "${head}" to the end of a line.`);
      line = `${line} ${filler}`;
    }
    lines.push(`${line} ${head}`);
    line = tail;
  }
  lines.push(`${line} end.`);
  return lines;
}

/** The lines one under another at the left margin, 1.2 line spacing. */
export const placeLines = (lines: string[], size = 11): PlacedLine[] =>
  lines.map((text, i) => ({ text, x: 72, y: 720 - i * size * 1.2, size }));

/** One page: the blocks wrapped at a 6.5-inch measure from the top margin, 1.2 line spacing. */
export function layOutPage(blocks: Block[], options: { measure?: number; left?: number } = {}): PlacedLine[] {
  const measure = options.measure ?? 468;
  const left = options.left ?? 72;
  const placed: PlacedLine[] = [];
  let y = 720;
  for (const block of blocks) {
    const size = block.size ?? 11;
    y -= block.spaceBefore ?? 0;
    wrap(block.text, size, measure, block.indent).forEach((text, i) => {
      placed.push({ text, x: left + (i === 0 ? (block.indent ?? 0) : 0), y, size });
      y -= size * 1.2;
    });
  }
  return placed;
}

const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function xmp(title: string): string {
  return [
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(title)}</rdf:li></rdf:Alt></dc:title>`,
    '</rdf:Description></rdf:RDF></x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

export function makeLaidOutPdf(
  pages: PlacedLine[][],
  options: { infoTitle?: string; xmpTitle?: string } = {},
): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('');
  add('');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const lines of pages) {
    const ops = lines.map((l) => `BT /F1 ${l.size} Tf ${l.x} ${l.y} Td (${escape(l.text)}) Tj ET`).join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  const metadata = options.xmpTitle
    ? add(
        `<< /Type /Metadata /Subtype /XML /Length ${Buffer.byteLength(xmp(options.xmpTitle), 'latin1')} >>\nstream\n${xmp(options.xmpTitle)}\nendstream`,
      )
    : 0;
  objects[0] = `<< /Type /Catalog /Pages 2 0 R${metadata ? ` /Metadata ${metadata} 0 R` : ''} >>`;
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = options.infoTitle ? add(`<< /Title (${escape(options.infoTitle)}) >>`) : 0;
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${info ? ` /Info ${info} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
