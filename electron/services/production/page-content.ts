// Where a page of a record draws its text and pictures (page space), read from its content streams with the
// light scanner of core/production/content-scan.ts: the Bates label is kept off them without a full text
// extraction. Used for pages without redactions; a page that cannot be read this way returns undefined.
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFStream,
  type PDFContext,
  type PDFObject,
  type PDFPage,
} from '@cantoo/pdf-lib';
import {
  contentBoxes,
  IDENTITY,
  type Matrix,
  type ScanResources,
} from '../../../core/production/content-scan';
import type { Rect } from '../../../core/production/page-geometry';

export function streamBytes(stream: PDFObject | undefined): Uint8Array {
  if (stream instanceof PDFRawStream) return decodePDFRawStream(stream).decode();
  if (stream instanceof PDFStream) return stream.getContents();
  return new Uint8Array();
}

export function concatenated(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length + 1, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    out[at + part.length] = 0x0a;
    at += part.length + 1;
  }
  return out;
}

function resourcesOf(context: PDFContext, dict: PDFDict | undefined): ScanResources {
  const fonts = dict?.lookupMaybe(PDFName.of('Font'), PDFDict);
  const objects = dict?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  return {
    bytesPerChar: (name) => {
      const font = fonts?.lookupMaybe(PDFName.of(name), PDFDict);
      return font?.lookupMaybe(PDFName.of('Subtype'), PDFName) === PDFName.of('Type0') ? 2 : 1;
    },
    xobject: (name) => {
      const object = objects ? context.lookup(objects.get(PDFName.of(name))) : undefined;
      if (!(object instanceof PDFRawStream || object instanceof PDFStream)) return undefined;
      const subtype = object.dict.lookupMaybe(PDFName.of('Subtype'), PDFName);
      if (subtype === PDFName.of('Image')) return { kind: 'image' };
      if (subtype !== PDFName.of('Form')) return undefined;
      const numbers = object.dict.lookupMaybe(PDFName.of('Matrix'), PDFArray)?.asArray();
      const matrix = (
        numbers?.length === 6 ? numbers.map((n) => (n instanceof PDFNumber ? n.asNumber() : 0)) : IDENTITY
      ) as Matrix;
      const own = object.dict.lookupMaybe(PDFName.of('Resources'), PDFDict) ?? dict;
      return { kind: 'form', content: streamBytes(object), matrix, resources: resourcesOf(context, own) };
    },
  };
}

/** The page's content streams decoded and joined, as a reader draws them. */
export function pageContentBytes(page: PDFPage): Uint8Array {
  const contents = page.node.Contents();
  const context = page.doc.context;
  const streams =
    contents instanceof PDFArray
      ? contents.asArray().map((ref) => context.lookup(ref))
      : contents
        ? [contents]
        : [];
  return concatenated(streams.map(streamBytes));
}

export function pageContentBoxes(page: PDFPage): Rect[] | undefined {
  try {
    const context = page.doc.context;
    return contentBoxes(pageContentBytes(page), resourcesOf(context, page.node.Resources()));
  } catch {
    return undefined;
  }
}
