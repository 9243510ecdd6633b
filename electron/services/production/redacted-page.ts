// The page that replaces a page with redactions: a picture of the page as seen, the boxes burned into its
// pixels, each reason printed on its box and the page's reasons in a legend. It has no text layer at all.
import type { PDFDocument, PDFPage } from '@cantoo/pdf-lib';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { toSeenRect, type Rect } from '../../../core/production/page-geometry';
import { mergeBoxes, type PageBox } from '../../../core/production/page-redactions';
import { pageFrame, type PageFrame } from './page-drawing';
import { printReasons } from './page-marks';
import { redactedPageImage } from './redacted-image';
import type { StampFonts } from './stamp-fonts';

export async function redactedPage(
  out: PDFDocument,
  pdfjs: PDFDocumentProxy,
  pageNumber: number,
  source: PageFrame,
  boxes: readonly PageBox[],
  fonts: StampFonts,
  text: readonly Rect[],
): Promise<PDFPage> {
  const image = await redactedPageImage(
    pdfjs,
    pageNumber,
    boxes.map((b) => b.rect),
  );
  const page = out.addPage([image.width, image.height]);
  page.drawImage(await out.embedJpg(image.jpeg), { x: 0, y: 0, width: image.width, height: image.height });
  const seenBoxes = mergeBoxes(boxes).map((b) => ({
    ...b,
    rect: toSeenRect(source.box, source.rotation, b.rect),
  }));
  printReasons(page, pageFrame(page), seenBoxes, fonts, text);
  return page;
}
