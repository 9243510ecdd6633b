// The page that replaces a page with redactions: a picture of the page as seen, the boxes burned into its
// pixels, each reason printed on its box and the page's reasons in a legend. It has no text layer at all.
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
import { pageFrame, type PageFrame } from './page-drawing';
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
  printReasons(page, pageFrame(page), seenBoxes, fonts, text);
  return page;
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
