// The check a finished record must pass before the volume is written: no redacted phrase may be read from it,
// neither from any page's text (pdf.js, as a reader or a search would read it) nor from its annotations, nor
// from any string or decoded stream in the file (metadata, form values, content streams). A page cleaned of the
// text under its boxes must also have no text left under them (redaction/under-box-check.ts).
import { inflateSync } from 'node:zlib';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
  type PDFObject,
} from '@cantoo/pdf-lib';
import { containsPhraseIgnoringSpaces } from '../../../core/production/phrase-match';
import { joinRuns } from '../../../core/production/text-runs';
import type { Rect } from '../../../core/production/page-geometry';
import { openPdf, pageAnnotations, pageTextItems, runsOf } from './pdf-reader';
import { textUnderBoxes } from './redaction/under-box-check';

export interface Leftover {
  /** The Bates number of the page it is on, or "the file" when it is outside the pages' text. */
  where: string;
  /** The redacted phrase, or the text read under a box of a cleaned page. */
  phrase: string;
  /** The page (from 1), when it is on one. */
  page?: number;
  /** Text read under a box of a cleaned page (a picture of the page would hide it), not a phrase found. */
  underBox?: true;
}

function stringsIn(object: PDFObject | undefined, out: string[], depth = 0): void {
  if (!object || depth > 20) return;
  if (object instanceof PDFString || object instanceof PDFHexString) out.push(object.decodeText());
  else if (object instanceof PDFArray) object.asArray().forEach((o) => stringsIn(o, out, depth + 1));
  else if (object instanceof PDFDict) object.values().forEach((o) => stringsIn(o, out, depth + 1));
}

/** A stream's bytes decoded: by zlib when only deflated (most), else by pdf-lib's decoders. */
function decoded(stream: PDFRawStream): Uint8Array {
  const plainFlate =
    stream.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode') &&
    !stream.dict.has(PDFName.of('DecodeParms'));
  return plainFlate ? inflateSync(stream.contents) : decodePDFRawStream(stream).decode();
}

/** Everything readable in the file's objects: strings, and the decoded bytes of every stream but pictures. */
async function fileTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const out: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream) {
      stringsIn(object.dict, out);
      if (object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image')) continue;
      try {
        out.push(Buffer.from(decoded(object)).toString('latin1'));
      } catch {
        out.push(Buffer.from(object.contents).toString('latin1'));
      }
    } else stringsIn(object, out);
  }
  return out;
}

/** `cleaned`: the pages cleaned of the text under their boxes, with those boxes (page space). */
export async function findLeftovers(
  bytes: Uint8Array,
  labels: readonly string[],
  phrases: readonly string[],
  cleaned: ReadonlyMap<number, readonly Rect[]> = new Map(),
): Promise<Leftover[]> {
  if (phrases.length === 0 && cleaned.size === 0) return [];
  const left: Leftover[] = [];
  const pdf = await openPdf(bytes);
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const where = labels[n - 1] ?? `page ${n}`;
      const items = await pageTextItems(pdf, n);
      const boxes = cleaned.get(n);
      if (boxes)
        for (const text of textUnderBoxes(items, boxes))
          left.push({ where, phrase: text, page: n, underBox: true });
      if (phrases.length === 0) continue;
      const text = joinRuns(runsOf(items)).text;
      const notes = (await pageAnnotations(pdf, n)).map((a) => a.text).join('\n');
      for (const phrase of phrases)
        if (containsPhraseIgnoringSpaces(`${text}\n${notes}`, phrase)) left.push({ where, phrase, page: n });
    }
  } finally {
    await pdf.destroy();
  }
  const raw = await fileTexts(bytes);
  for (const phrase of phrases)
    if (!left.some((l) => l.phrase === phrase) && raw.some((t) => containsPhraseIgnoringSpaces(t, phrase)))
      left.push({ where: 'the file', phrase });
  return left;
}
