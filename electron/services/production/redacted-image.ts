// A page with redactions becomes a picture of itself with the boxes burned in: pdf.js draws the page as it is
// seen (crop and rotation applied) on a canvas, the boxes are filled black on the pixels, and only that
// picture goes into the volume, so nothing under a box survives in any text layer or content stream.
import { createCanvas } from '@napi-rs/canvas';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Rect } from '../../../core/production/page-geometry';

/** 200 dots per inch: small type stays readable and a page stays around 100-300 KB as JPEG. */
export const REDACTED_PAGE_DPI = 200;

export interface PageImage {
  jpeg: Uint8Array;
  /** The page's size as seen, in points. */
  width: number;
  height: number;
}

export async function redactedPageImage(
  pdf: PDFDocumentProxy,
  pageNumber: number,
  boxes: readonly Rect[],
  dpi = REDACTED_PAGE_DPI,
): Promise<PageImage> {
  const page = await pdf.getPage(pageNumber);
  const seen = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: dpi / 72 });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
    // Annotations are drawn as the page shows them; any that holds a redacted phrase is under a box.
    annotationMode: 1,
  }).promise;
  context.fillStyle = '#000000';
  for (const box of boxes) {
    const [x1, y1, x2, y2] = viewport.convertToViewportRectangle([
      box.x,
      box.y,
      box.x + box.width,
      box.y + box.height,
    ]) as [number, number, number, number];
    // Whole pixels outward, so no half-covered edge of a letter is left.
    const left = Math.floor(Math.min(x1, x2));
    const top = Math.floor(Math.min(y1, y2));
    context.fillRect(left, top, Math.ceil(Math.max(x1, x2)) - left, Math.ceil(Math.max(y1, y2)) - top);
  }
  page.cleanup();
  const jpeg = await canvas.encode('jpeg', 85);
  return { jpeg: new Uint8Array(jpeg), width: seen.width, height: seen.height };
}
