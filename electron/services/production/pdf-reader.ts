// pdf.js (legacy build, for Node) opened on a record's PDF, with fonts, workers and network fetching off:
// the text runs of a page, for placing Bates labels and redactions and for checking the produced volume.
// First, so the engine's built-ins are kept before pdf.js replaces them (engine-builtins.ts).
import { restoreEngineBuiltins } from './engine-builtins';
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Rect } from '../../../core/production/page-geometry';
import type { TextRun } from '../../../core/production/text-runs';

/** pdf.js's own copies of the 14 standard fonts, so a page that uses them renders without system fonts. */
function standardFontFolder(): string {
  // In a CommonJS bundle (the CLI, the app, the benchmarks) this file is __filename; under vitest, an ES module.
  const require = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
  return `${path.dirname(require.resolve('pdfjs-dist/package.json'))}${path.sep}standard_fonts${path.sep}`;
}

/** Thrown for a PDF pdf.js cannot open; `encrypted` when it needs a password. */
export class PdfOpenError extends Error {
  constructor(
    readonly encrypted: boolean,
    message: string,
  ) {
    super(message);
  }
}

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: standardFontFolder(),
    useSystemFonts: false,
    isEvalSupported: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise;
    // pdf.js's worker code loads with the first document, and brings the polyfills again.
    restoreEngineBuiltins();
    return pdf;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new PdfOpenError(true, 'it is protected by a password');
    throw new PdfOpenError(false, (error as Error).message);
  }
}

interface ItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
}

/** What pdf.js reads of the page's text: its runs, and where marked content begins and ends. */
export async function pageTextItems(pdf: PDFDocumentProxy, pageNumber: number): Promise<unknown[]> {
  const page = await pdf.getPage(pageNumber);
  const content = await page.getTextContent({ includeMarkedContent: true });
  page.cleanup();
  return content.items;
}

/** The runs among the items, in reading order. */
export function runsOf(items: readonly unknown[]): TextRun[] {
  return (items as ItemLike[])
    .filter((item) => typeof item.str === 'string')
    .map((item) => ({
      str: item.str!,
      transform: item.transform ?? [1, 0, 0, 1, 0, 0],
      width: item.width ?? 0,
      height: item.height ?? 0,
      hasEOL: item.hasEOL ?? false,
    }));
}

/** The page's text runs in reading order, as pdf.js finds them. */
export async function pageRuns(pdf: PDFDocumentProxy, pageNumber: number): Promise<TextRun[]> {
  return runsOf(await pageTextItems(pdf, pageNumber));
}

export interface AnnotationText {
  /** Page space. */
  rect: Rect;
  /** Everything the annotation says: its comment, its form value, its printed text. */
  text: string;
}

interface AnnotationLike {
  rect?: number[];
  contentsObj?: { str?: string };
  fieldValue?: unknown;
  textContent?: unknown;
  alternativeText?: string;
  titleObj?: { str?: string };
}

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : [];

/** The text of the page's annotations (comments, form fields, stamps), with where each sits. */
export async function pageAnnotations(pdf: PDFDocumentProxy, pageNumber: number): Promise<AnnotationText[]> {
  const page = await pdf.getPage(pageNumber);
  const annotations = (await page.getAnnotations()) as AnnotationLike[];
  return annotations.flatMap((a) => {
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = a.rect ?? [];
    const text = [
      a.contentsObj?.str,
      a.titleObj?.str,
      a.alternativeText,
      ...strings(a.fieldValue),
      ...strings(a.textContent),
    ]
      .filter((s): s is string => typeof s === 'string' && s.trim() !== '')
      .join('\n');
    if (!text) return [];
    const rect = {
      x: Math.min(x1, x2),
      y: Math.min(y1, y2),
      width: Math.abs(x2 - x1),
      height: Math.abs(y2 - y1),
    };
    return [{ rect, text }];
  });
}
