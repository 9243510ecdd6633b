// The fonts drawn onto produced pages (the 14 standard PDF fonts, so nothing is embedded from the machine)
// and the measures used to estimate where a phrase sits inside a run of text.
import { PDFDocument, StandardFonts, type PDFFont } from '@cantoo/pdf-lib';
import type { Measures } from '../../../core/production/text-runs';

export interface StampFonts {
  label: PDFFont;
  reason: PDFFont;
  /** Width of a text at size 1 in the reason face (for laying reasons out). */
  widthOf: (text: string) => number;
  /** A sans, a serif and a fixed-width measure, for phrases set in faces we cannot measure. */
  measures: Measures;
}

/** Helvetica prints Windows-1252 only; any other character is shown as "?". */
export const printable = (text: string): string =>
  text.replace(/[^\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, '?');

const measureWith = (font: PDFFont) => (text: string) => font.widthOfTextAtSize(printable(text), 1);

export async function stampFonts(doc: PDFDocument): Promise<StampFonts> {
  const label = await doc.embedFont(StandardFonts.HelveticaBold);
  const reason = await doc.embedFont(StandardFonts.Helvetica);
  // Times is measured from a scratch document, so the volume does not carry a font it never draws with.
  const times = await (await PDFDocument.create()).embedFont(StandardFonts.TimesRoman);
  return {
    label,
    reason,
    widthOf: measureWith(reason),
    measures: [measureWith(reason), measureWith(times), (text) => text.length],
  };
}
