// PDF importer: pdfjs-dist's legacy build (the one meant for Node) reads the text of each page, with fonts,
// workers and network fetching all off. Numbered lines ("3.2 Reporting") start sections.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { TextBuilder, type ExtractedDocument } from './extracted-document';
import { headingLevel } from './heading-line';

export class PdfReadError extends Error {
  constructor(
    readonly reason: 'encrypted' | 'malformed',
    message: string,
  ) {
    super(message);
  }
}

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

function pageLines(items: TextItemLike[]): string[] {
  const lines: string[] = [];
  let current = '';
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    current += item.str;
    if (item.hasEOL) {
      lines.push(current);
      current = '';
    }
  }
  if (current) lines.push(current);
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

export async function extractPdf(
  bytes: Uint8Array,
  onPage: (page: number, pageCount: number) => void = () => undefined,
): Promise<ExtractedDocument> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    verbosity: 0,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException')
      throw new PdfReadError('encrypted', 'is encrypted (password protected)');
    throw new PdfReadError('malformed', (error as Error).message);
  }
  try {
    const builder = new TextBuilder();
    const info = (await pdf.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      builder.startPage(n);
      for (const line of pageLines(content.items as TextItemLike[])) {
        const level = headingLevel(line);
        if (level > 0) builder.heading(line, level);
        else builder.paragraph(line);
      }
      page.cleanup();
      onPage(n, pdf.numPages);
    }
    const title = typeof info?.Title === 'string' ? info.Title.trim() : '';
    return builder.finish(title);
  } finally {
    await pdf.destroy();
  }
}
