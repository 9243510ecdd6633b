// A page with redactions becomes a picture of itself with the boxes burned in: pdf.js draws the page as it is
// seen (crop and rotation applied) on a canvas, the boxes are filled black on the pixels, and only that
// picture goes into the volume, so nothing under a box survives in any text layer or content stream.
import { deflateSync } from 'node:zlib';
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Rect } from '../../../core/production/page-geometry';
import { drawPdfPage } from './draw-pdf-page';

/** 200 dots per inch: small type stays sharp; a page of text is about 150 KB in 16 greys, losslessly packed. */
export const REDACTED_PAGE_DPI = 200;

export interface PageImage {
  /** Grey pixels (4 bits each) deflated, or for a page in colour a JPEG. */
  data: Uint8Array;
  kind: 'gray-flate' | 'jpeg';
  pixelWidth: number;
  pixelHeight: number;
  /** The page's size as seen, in points. */
  width: number;
  height: number;
}

// One canvas serves every page of the same size: a canvas holds its pixels outside the JavaScript heap,
// where the garbage collector does not see them pile up.
let reusable: { canvas: Canvas; width: number; height: number } | undefined;

function canvasOf(width: number, height: number): Canvas {
  if (reusable?.width !== width || reusable.height !== height)
    reusable = { canvas: createCanvas(width, height), width, height };
  return reusable.canvas;
}

/**
 * The pixels as 16 shades of grey, two to a byte (rows padded to a whole byte): type keeps its smoothed edges
 * at half the bytes of 256 shades. Undefined when the page has colour (then it is kept as a colour JPEG).
 */
function greyPixels(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Buffer | undefined {
  const rowBytes = (width + 1) >> 1;
  const grey = Buffer.alloc(rowBytes * height);
  // Four bytes a pixel read as one number: white (most of a page) is told apart in one comparison.
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : Uint8Array.from(rgba);
  const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  for (let y = 0, p = 0; y < height; y++) {
    const row = y * rowBytes;
    for (let x = 0; x < width; x++, p++) {
      const pixel = pixels[p]!;
      let shade = 15;
      if (pixel !== 0xffffffff) {
        const r = pixel & 0xff;
        const g = (pixel >>> 8) & 0xff;
        const b = (pixel >>> 16) & 0xff;
        if (Math.abs(r - g) > 24 || Math.abs(g - b) > 24) return undefined;
        shade = (r * 77 + g * 150 + b * 29) >> 12;
      }
      grey[row + (x >> 1)]! |= x & 1 ? shade : shade << 4;
    }
  }
  return grey;
}

export async function redactedPageImage(
  pdf: PDFDocumentProxy,
  pageNumber: number,
  boxes: readonly Rect[],
  dpi = REDACTED_PAGE_DPI,
): Promise<PageImage> {
  const { page, canvas, context, viewport, width, height, seen } = await drawPdfPage(
    pdf,
    pageNumber,
    dpi,
    canvasOf,
  );
  context.setTransform(1, 0, 0, 1, 0, 0);
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
  const grey = greyPixels(canvas.data(), width, height);
  const size = { pixelWidth: width, pixelHeight: height, width: seen.width, height: seen.height };
  if (grey) return { data: deflateSync(grey, { level: 1 }), kind: 'gray-flate', ...size };
  return { data: new Uint8Array(await canvas.encode('jpeg', 85)), kind: 'jpeg', ...size };
}
