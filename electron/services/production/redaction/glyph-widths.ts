// How far each character code of a page's font advances, read from the font's dictionary, so the text under
// a redaction box can be found glyph by glyph: simple fonts by their /Widths (or, for the 14 standard fonts
// written without them, by the fonts' own metrics and the encoding), two-byte fonts (Type0, Identity-H) by
// their /W and /DW. Any other font (Type 3, another CMap, an encoding we cannot read) is a reason to produce
// the page as a picture instead, named in the returned string.
import { PDFArray, PDFDict, PDFName, PDFNumber, type PDFObject } from '@cantoo/pdf-lib';
import { Encodings, Font, type IFontNames } from '@cantoo/pdf-lib/standard-fonts';

export interface GlyphFont {
  bytesPerCode: 1 | 2;
  /** Advance in thousandths of an em; undefined when the font does not say. */
  width(code: number): number | undefined;
}

const STANDARD = new Set<string>([
  'Courier',
  'Courier-Bold',
  'Courier-Oblique',
  'Courier-BoldOblique',
  'Helvetica',
  'Helvetica-Bold',
  'Helvetica-Oblique',
  'Helvetica-BoldOblique',
  'Times-Roman',
  'Times-Bold',
  'Times-Italic',
  'Times-BoldItalic',
  'Symbol',
  'ZapfDingbats',
]);

const codeNames = new Map<string, Map<number, string>>();

/** Code to glyph name of one of pdf-lib's encodings (WinAnsi, Symbol, ZapfDingbats). */
function encodingNames(name: keyof typeof Encodings): Map<number, string> {
  let names = codeNames.get(name);
  if (!names) {
    const encoding = Encodings[name];
    names = new Map(
      encoding.supportedCodePoints.map((point) => {
        const { code, name: glyph } = encoding.encodeUnicodeCodePoint(point);
        return [code, glyph] as const;
      }),
    );
    codeNames.set(name, names);
  }
  return names;
}

const num = (o: PDFObject | undefined) => (o instanceof PDFNumber ? o.asNumber() : undefined);

function standardFont(dict: PDFDict, base: string): GlyphFont | string {
  const metrics = Font.load(base as IFontNames);
  const encoding = dict.lookup(PDFName.of('Encoding'));
  const builtIn = base === 'Symbol' ? 'Symbol' : base === 'ZapfDingbats' ? 'ZapfDingbats' : undefined;
  const baseName =
    encoding instanceof PDFName
      ? encoding
      : encoding instanceof PDFDict
        ? encoding.lookupMaybe(PDFName.of('BaseEncoding'), PDFName)
        : undefined;
  let names: Map<number, string>;
  if (baseName === PDFName.of('WinAnsiEncoding')) names = new Map(encodingNames('WinAnsi'));
  else if (!baseName && builtIn) names = new Map(encodingNames(builtIn));
  else
    return `its font ${base} uses an encoding (${baseName?.asString() ?? 'the standard one'}) we cannot measure`;
  const differences =
    encoding instanceof PDFDict ? encoding.lookupMaybe(PDFName.of('Differences'), PDFArray) : undefined;
  let code = 0;
  for (const item of differences?.asArray() ?? []) {
    if (item instanceof PDFNumber) code = item.asNumber();
    else if (item instanceof PDFName) names.set(code++, item.decodeText());
  }
  return {
    bytesPerCode: 1,
    width: (c) => {
      const glyph = names.get(c);
      return glyph === undefined ? undefined : (metrics.getWidthOfGlyph(glyph) ?? undefined);
    },
  };
}

function simpleFont(dict: PDFDict): GlyphFont | string {
  const widths = dict.lookupMaybe(PDFName.of('Widths'), PDFArray);
  const base =
    dict
      .lookupMaybe(PDFName.of('BaseFont'), PDFName)
      ?.decodeText()
      .replace(/^[A-Z]{6}\+/, '') ?? '';
  if (!widths) {
    if (STANDARD.has(base)) return standardFont(dict, base);
    return `its font ${base || '(unnamed)'} gives no widths`;
  }
  const first = num(dict.lookup(PDFName.of('FirstChar'))) ?? 0;
  const list = widths.asArray().map((_w, i) => num(widths.lookup(i)));
  const descriptor = dict.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
  const missing = num(descriptor?.lookup(PDFName.of('MissingWidth')));
  return {
    bytesPerCode: 1,
    width: (c) => (c >= first && c < first + list.length ? list[c - first] : missing),
  };
}

function cidFont(dict: PDFDict): GlyphFont | string {
  const encoding = dict.lookup(PDFName.of('Encoding'));
  if (encoding !== PDFName.of('Identity-H'))
    return 'its two-byte font uses a character map other than Identity-H';
  const descendant = dict.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0);
  if (!(descendant instanceof PDFDict)) return 'its two-byte font has no descendant font';
  const fallback = num(descendant.lookup(PDFName.of('DW'))) ?? 1000;
  const widths = new Map<number, number>();
  const w = descendant.lookupMaybe(PDFName.of('W'), PDFArray);
  const items = (w?.asArray() ?? []).map((_o, i) => w!.lookup(i));
  for (let i = 0; i < items.length;) {
    const first = num(items[i]);
    const next = items[i + 1];
    if (first === undefined) return 'its two-byte font has widths we cannot read';
    if (next instanceof PDFArray) {
      next.asArray().forEach((value, k) => widths.set(first + k, num(next.lookup(k)) ?? fallback));
      i += 2;
    } else {
      const [last, width] = [num(next), num(items[i + 2])];
      if (last === undefined || width === undefined) return 'its two-byte font has widths we cannot read';
      for (let c = first; c <= last && c - first < 65536; c++) widths.set(c, width);
      i += 3;
    }
  }
  return { bytesPerCode: 2, width: (c) => widths.get(c) ?? fallback };
}

const measured = new WeakMap<PDFDict, GlyphFont | string>();

/** The font's widths, or why the page's text cannot be measured with it. */
export function glyphFont(dict: PDFDict): GlyphFont | string {
  let font = measured.get(dict);
  if (font === undefined) {
    const subtype = dict.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText();
    if (subtype === 'Type0') font = cidFont(dict);
    else if (subtype === 'Type1' || subtype === 'TrueType' || subtype === 'MMType1') font = simpleFont(dict);
    else
      font = `its text is set in a ${subtype === 'Type3' ? 'Type 3 (drawn)' : (subtype ?? 'unknown')} font`;
    measured.set(dict, font);
  }
  return font;
}
