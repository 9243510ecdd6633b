// A record's pages as pictures: the size asked for, greyscale for a black-and-white page (small), colour
// kept for a page in colour, and the page's text visible where it is printed.
import { PDFDocument, rgb } from '@cantoo/pdf-lib';
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { renderPdfPages } from '../../../../electron/services/pages-render/render-pdf-pages';
import { makePdf } from '../../../support/pdf-fixture';

async function pixels(image: Uint8Array) {
  const picture = await loadImage(Buffer.from(image));
  const canvas = createCanvas(picture.width, picture.height);
  const context = canvas.getContext('2d');
  context.drawImage(picture, 0, 0);
  return {
    width: picture.width,
    height: picture.height,
    data: context.getImageData(0, 0, picture.width, picture.height).data,
  };
}

describe('renderPdfPages', () => {
  it('draws a black-and-white page as a greyscale PNG of the page at the resolution asked', async () => {
    const pdf = makePdf([['WWWWWWWWWWWWWWWWWWWW Detainer requests'], ['Second page']]);
    const pages = await renderPdfPages(pdf, 150);
    expect(pages).toHaveLength(2);
    const [first] = pages;
    expect(first).toMatchObject({
      type: 'png',
      pixelWidth: 1275,
      pixelHeight: 1650,
      widthPt: 612,
      heightPt: 792,
    });
    // Colour type 0 (greyscale) in the PNG header.
    expect(Buffer.from(first!.image).readUInt8(25)).toBe(0);
    expect(first!.image.length).toBeLessThan(60_000);
    const { width, data } = await pixels(first!.image);
    // The text line sits at 720 pt from the bottom: 72 pt from the top, 150 px; its first letters from x = 72 pt.
    const dark = (x: number, y: number) => data[(y * width + x) * 4]! < 128;
    const row = Array.from({ length: 30 }, (_u, i) => 145 + i).some((y) =>
      Array.from({ length: 200 }, (_v, j) => 152 + j).some((x) => dark(x, y)),
    );
    expect(row).toBe(true);
    expect(dark(600, 1000)).toBe(false);
  });

  it('keeps a page in colour as a colour JPEG', async () => {
    const doc = await PDFDocument.create();
    doc
      .addPage([612, 792])
      .drawRectangle({ x: 100, y: 100, width: 200, height: 200, color: rgb(0.9, 0.1, 0.1) });
    const pages = await renderPdfPages(await doc.save(), 100);
    expect(pages[0]).toMatchObject({ type: 'jpg', pixelWidth: 850, pixelHeight: 1100 });
    const { width, data } = await pixels(pages[0]!.image);
    // The square spans 100-300 pt from the left and the bottom: pixels 139-417 across, 683-961 down.
    const p = (800 * width + 250) * 4;
    expect(data[p]! > 180 && data[p + 1]! < 80).toBe(true);
  });
});
