// Each page of a PDF as a picture, as a reader sees it (crop and rotation applied): pdf.js draws the page on a
// canvas at the resolution asked; a page in black, white and greys becomes a greyscale PNG, a page in colour
// a JPEG (a colour scan as PNG would be several megabytes a page).
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { drawPdfPage } from '../production/draw-pdf-page';
import { openPdf } from '../production/pdf-reader';
import { greyPng, greyRows } from './page-png';

export interface RenderedPage {
  image: Uint8Array;
  type: 'png' | 'jpg';
  pixelWidth: number;
  pixelHeight: number;
  /** The page's size as seen, in points (1/72 inch). */
  widthPt: number;
  heightPt: number;
}

/** Quality of a colour page's JPEG: type stays clean, a page stays a few hundred kilobytes. */
const JPEG_QUALITY = 80;

export async function renderPdfPage(
  pdf: PDFDocumentProxy,
  pageNumber: number,
  dpi: number,
): Promise<RenderedPage> {
  const { page, canvas, width, height, seen } = await drawPdfPage(pdf, pageNumber, dpi);
  try {
    const size = { pixelWidth: width, pixelHeight: height, widthPt: seen.width, heightPt: seen.height };
    const rows = greyRows(canvas.data(), width, height);
    if (rows) return { image: greyPng(rows, width, height, dpi), type: 'png', ...size };
    return { image: new Uint8Array(await canvas.encode('jpeg', JPEG_QUALITY)), type: 'jpg', ...size };
  } finally {
    page.cleanup();
  }
}

/** Every page of the PDF, in order. */
export async function renderPdfPages(bytes: Uint8Array, dpi: number): Promise<RenderedPage[]> {
  const pdf = await openPdf(bytes);
  try {
    const pages: RenderedPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) pages.push(await renderPdfPage(pdf, n, dpi));
    return pages;
  } finally {
    await pdf.destroy();
  }
}
