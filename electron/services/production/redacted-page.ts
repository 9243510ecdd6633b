// What a produced page with redactions shows: on a page cleaned of the text under its boxes, black boxes over
// where that text was; on a page that could not be cleaned, a picture of the page as seen with the boxes
// burned into its pixels (no text layer at all). Either way each reason is printed on its box and the page's
// reasons in a legend, marked as the production's own (page-drawing.ts) so the check after can tell them apart.
import {
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
  type PDFDocument,
  type PDFPage,
} from '@cantoo/pdf-lib';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { toSeenRect, type Rect } from '../../../core/production/page-geometry';
import { mergeBoxes, type PageBox } from '../../../core/production/page-redactions';
import { BLACK, drawSeenRect, markedAsOurs, pageFrame, type PageFrame } from './page-drawing';
import { printReasons } from './page-marks';
import { redactedPageImage, type PageImage } from './redacted-image';
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
  await drawPageImage(out, page, image);
  const seenBoxes = mergeBoxes(boxes).map((b) => ({
    ...b,
    rect: toSeenRect(source.box, source.rotation, b.rect),
  }));
  markedAsOurs(page, () => printReasons(page, pageFrame(page), seenBoxes, fonts, text));
  return page;
}

/** Black boxes over a cleaned page's redactions, with their reasons. */
export function coverRedactions(
  page: PDFPage,
  source: PageFrame,
  boxes: readonly PageBox[],
  fonts: StampFonts,
  text: readonly Rect[],
): void {
  const seenBoxes = mergeBoxes(boxes).map((b) => ({
    ...b,
    rect: toSeenRect(source.box, source.rotation, b.rect),
  }));
  markedAsOurs(page, () => {
    for (const box of seenBoxes) drawSeenRect(page, source, box.rect, BLACK);
    printReasons(page, source, seenBoxes, fonts, text);
  });
}

/** The picture over the whole page: grey pixels as they were deflated, or a colour JPEG as pdf-lib embeds it. */
async function drawPageImage(out: PDFDocument, page: PDFPage, image: PageImage): Promise<void> {
  if (image.kind === 'jpeg') {
    page.drawImage(await out.embedJpg(image.data), { x: 0, y: 0, width: image.width, height: image.height });
    return;
  }
  const stream = out.context.stream(image.data, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: image.pixelWidth,
    Height: image.pixelHeight,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 4,
    Filter: 'FlateDecode',
  });
  const name = page.node.newXObject('Page', out.context.register(stream));
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(image.width, 0, 0, image.height, 0, 0),
    drawObject(name),
    popGraphicsState(),
  );
}
