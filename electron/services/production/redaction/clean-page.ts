// A page of a record cleaned in place (in the record as loaded, before its pages are copied into the
// volume): its content streams are replaced by one without the glyphs under the boxes (text-removal.ts), so
// the old streams are no longer part of the page and are never copied. A page that cannot be cleaned with
// certainty is left as it was, with the reason, to be produced as a picture.
import { deflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFStream,
  type PDFPage,
} from '@cantoo/pdf-lib';
import type { Rect } from '../../../../core/production/page-geometry';
import { pageContentBytes } from '../page-content';
import { OUR_MARK } from '../page-drawing';
import { glyphFont } from './glyph-widths';
import type { PageXObject } from './drawing-watch';
import type { Matrix } from './matrix';
import { removeTextUnder } from './text-removal';

export type Cleaning = { removed: number } | { problem: string };

function xobjectOf(page: PDFPage, name: string): PageXObject | undefined {
  const objects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  const object = objects ? page.doc.context.lookup(objects.get(PDFName.of(name))) : undefined;
  if (!(object instanceof PDFRawStream || object instanceof PDFStream)) return undefined;
  const subtype = object.dict.lookupMaybe(PDFName.of('Subtype'), PDFName);
  if (subtype === PDFName.of('Image')) return { kind: 'image' };
  if (subtype !== PDFName.of('Form')) return { kind: 'other' };
  const numbers = (array: PDFArray | undefined, length: number) => {
    const values = array?.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN));
    return values?.length === length && values.every(Number.isFinite) ? values : undefined;
  };
  const matrix = (numbers(object.dict.lookupMaybe(PDFName.of('Matrix'), PDFArray), 6) ?? [
    1, 0, 0, 1, 0, 0,
  ]) as Matrix;
  const box = numbers(object.dict.lookupMaybe(PDFName.of('BBox'), PDFArray), 4);
  if (!box) return { kind: 'other' };
  const [x0, y0, x1, y1] = box as [number, number, number, number];
  const bbox = {
    x: Math.min(x0, x1),
    y: Math.min(y0, y1),
    width: Math.abs(x1 - x0),
    height: Math.abs(y1 - y0),
  };
  return { kind: 'form', bbox, matrix };
}

export function cleanPage(page: PDFPage, boxes: readonly Rect[]): Cleaning {
  // Links go, as they did from a page made a picture (one may point at what is redacted); comments and form
  // fields have text and appearances of their own, so a page with them is made a picture.
  const annotations = page.node.Annots();
  const subtypes = (annotations?.asArray() ?? []).map((_a, i) =>
    annotations!.lookupMaybe(i, PDFDict)?.lookupMaybe(PDFName.of('Subtype'), PDFName),
  );
  if (subtypes.some((s) => s !== PDFName.of('Link')))
    return { problem: 'it carries comments or form fields' };
  let content: Uint8Array;
  try {
    content = pageContentBytes(page);
  } catch {
    return { problem: 'its content cannot be decoded' };
  }
  // The check after cleaning reads past text marked as the production's own: a record must not pass as that.
  if (Buffer.from(content).includes(OUR_MARK))
    return { problem: 'it already carries the marks of a production' };
  const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
  const result = removeTextUnder(
    content,
    {
      font: (name) => {
        const dict = fonts?.lookupMaybe(PDFName.of(name), PDFDict);
        return dict ? glyphFont(dict) : `its font ${name} is missing`;
      },
      xobject: (name) => xobjectOf(page, name),
    },
    boxes,
  );
  if ('problem' in result) return result;
  if (annotations) page.node.delete(PDFName.of('Annots'));
  const context = page.doc.context;
  // Deflated by zlib (native) rather than pdf-lib's own deflate: a few times faster on a long record.
  const stream = context.stream(deflateSync(result.content), { Filter: 'FlateDecode' });
  page.node.set(PDFName.of('Contents'), context.register(stream));
  return { removed: result.removed };
}
