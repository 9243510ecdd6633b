// A PDF page drawn as it is seen (crop and rotation applied) on a white canvas at a given resolution, by pdf.js:
// the one drawing step behind a redacted page's picture and an exhibit's page pictures.
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { PageViewport, PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface DrawnPage {
  /** Call `page.cleanup()` once done with the pixels. */
  page: PDFPageProxy;
  canvas: Canvas;
  context: SKRSContext2D;
  viewport: PageViewport;
  /** Whole pixels. */
  width: number;
  height: number;
  /** The page's size as seen, in points (1/72 inch). */
  seen: { width: number; height: number };
}

export async function drawPdfPage(
  pdf: PDFDocumentProxy,
  pageNumber: number,
  dpi: number,
  canvasFor: (width: number, height: number) => Canvas = createCanvas,
): Promise<DrawnPage> {
  const page = await pdf.getPage(pageNumber);
  const seen = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: dpi / 72 });
  // Whole pixels, not cut short; less a hair, so 792 pt at 150 dpi (1650.0000001) is 1650.
  const width = Math.ceil(viewport.width - 1e-6);
  const height = Math.ceil(viewport.height - 1e-6);
  const canvas = canvasFor(width, height);
  const context = canvas.getContext('2d');
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  try {
    await page.render({
      canvas: canvas as unknown as HTMLCanvasElement,
      canvasContext: context as unknown as CanvasRenderingContext2D,
      viewport,
      // Annotations are drawn as the page shows them (any that holds a redacted phrase is under a box).
      annotationMode: 1,
    }).promise;
  } catch (error) {
    page.cleanup();
    throw error;
  }
  return { page, canvas, context, viewport, width, height, seen: { width: seen.width, height: seen.height } };
}
