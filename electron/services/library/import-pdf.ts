// PDF importer: pdfjs-dist's legacy build (the one meant for Node) reads the text of each page, with fonts,
// workers and network fetching all off. Lines are joined back into paragraphs (pdf-paragraphs.ts); numbered
// lines ("3.2 Reporting") start sections. The title is the file's own (XMP dc:title, else Info Title).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { cleanTitle } from '../../../core/library/document-title';
import { TextBuilder, type ExtractedDocument } from './extracted-document';
import { pageLines, type TextItemLike } from './pdf-lines';
import { continuesAcrossPages, pageBlocks, resolveHyphens, type PdfBlock } from './pdf-paragraphs';

export class PdfReadError extends Error {
  constructor(
    readonly reason: 'encrypted' | 'malformed',
    message: string,
  ) {
    super(message);
  }
}

interface MetadataLike {
  info?: { Title?: unknown };
  metadata?: { get(name: string): unknown } | null;
}

/** The title the file declares: XMP's dc:title, which PDF 2.0 prefers, else the Info dictionary's. */
const declaredTitle = (meta: MetadataLike | undefined): string =>
  cleanTitle(String(meta?.metadata?.get('dc:title') ?? '')) ||
  cleanTitle(typeof meta?.info?.Title === 'string' ? meta.info.Title : '');

/** Every page's paragraphs, then one text: words split at line ends are settled over the whole file. */
function buildText(pages: PdfBlock[][]): TextBuilder {
  const texts = resolveHyphens(pages.flat().map((block) => block.text));
  const builder = new TextBuilder();
  let index = 0;
  let previous: PdfBlock | undefined;
  pages.forEach((blocks, i) => {
    builder.startPage(i + 1);
    blocks.forEach((block, j) => {
      const text = texts[index++]!;
      if (block.level > 0) builder.heading(text, block.level);
      else builder.paragraph(text, j === 0 && continuesAcrossPages(previous, block));
    });
    previous = blocks[blocks.length - 1] ?? previous;
  });
  return builder;
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
    const meta = (await pdf.getMetadata().catch(() => undefined)) as MetadataLike | undefined;
    const pages: PdfBlock[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageBlocks(pageLines(content.items as TextItemLike[])));
      page.cleanup();
      onPage(n, pdf.numPages);
    }
    return buildText(pages).finish(declaredTitle(meta));
  } finally {
    await pdf.destroy();
  }
}
