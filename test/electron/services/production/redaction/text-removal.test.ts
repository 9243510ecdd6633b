// Taking the text under a redaction box out of a page's content stream: what is under the box is gone, what is
// beside it stays where it was and stays text; anything the cleaning cannot be sure of is named instead.
import { PDFDict, PDFDocument, PDFHexString, PDFName, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../../../../electron/services/production/redaction/clean-page';
import { glyphFont } from '../../../../../electron/services/production/redaction/glyph-widths';
import { removeTextUnder } from '../../../../../electron/services/production/redaction/text-removal';
import { openPdf, pageRuns } from '../../../../../electron/services/production/pdf-reader';

/** A one-page PDF drawing `content`, with Helvetica as /F1 and a one-pixel picture as /Im1. */
async function pageWith(content: string) {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.node.setFontDictionary(PDFName.of('F1'), font.ref);
  const context = doc.context;
  const image = context.stream(new Uint8Array([0]), {
    Type: 'XObject',
    Subtype: 'Image',
    Width: 1,
    Height: 1,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 8,
  });
  page.node.setXObject(PDFName.of('Im1'), context.register(image));
  const form = context.stream(new TextEncoder().encode('BT /F1 12 Tf 0 0 Td (inside) Tj ET'), {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, 100, 20],
    Resources: { Font: { F1: font.ref } },
  });
  page.node.setXObject(PDFName.of('Fm1'), context.register(form));
  page.node.set(PDFName.of('Contents'), context.register(context.flateStream(content)));
  await doc.flush();
  return { doc, page };
}

const runsOf = async (doc: PDFDocument) => {
  const pdf = await openPdf(await doc.save());
  const runs = await pageRuns(pdf, 1);
  await pdf.destroy();
  return runs.filter((r) => r.str.trim());
};

// "Call Maria Delgado today, please." at 12 pt from (72, 700), spaced, scaled and kerned.
const LINE =
  'BT /F1 12 Tf 0.5 Tc 2 Tw 90 Tz 72 700 Td [(Call ) -40 (Maria Delgado) 25 ( today, please.)] TJ ET';
// Over "Maria Delgado" only: Helvetica's widths with the spacing and scale above put it at x 98.1 to 175.9.
const OVER_NAME = { x: 99, y: 695, width: 76, height: 18 };

describe('text taken out from under a box', () => {
  it('takes out the glyphs under the box and keeps the words beside it where they were, as text', async () => {
    const before = await pageWith(LINE);
    const [run] = await runsOf(before.doc);
    expect(run!.str).toBe('Call Maria Delgado today, please.');
    const after = await pageWith(LINE);
    expect(cleanPage(after.page, [OVER_NAME])).toEqual({ removed: 13 });
    const runs = await runsOf(after.doc);
    expect(runs.map((r) => r.str.trim())).toEqual(['Call', 'today, please.']);
    // "today" starts where it did: 72 + "Call " + the kerning + "Maria Delgado" + the kerning + " ", by
    // Helvetica's widths at 12 pt with 0.5 character and 2 word spacing at 90% width.
    expect(runs[1]!.transform[4]).toBeCloseTo(180.94, 1);
    expect(runs[0]!.transform[4]).toBe(72);
  });

  it('cleans two-byte (Type0, Identity-H) and TrueType text, keeping every other word', async () => {
    const { fixture } = await import('../production-support');
    for (const [name, phrase] of [
      ['training-bulletin-chromium.pdf', 'Training Division'],
      ['detainer-memo-libreoffice.pdf', 'Maria Delgado'],
    ] as const) {
      const { produceRecord } = await import('../../../../../electron/services/production/produce-record');
      const out = await produceRecord({
        name: 'r',
        pdf: fixture(name),
        prefix: 'A-',
        digits: 4,
        first: 1,
        phrases: [{ id: 'p', kind: 'phrase', phrase, reason: 'TRE 503' }],
        boxes: [],
      });
      expect(out.redactedPages.length, name).toBeGreaterThan(0);
      expect(out.imagePages, name).toEqual([]);
      const pdf = await openPdf(out.bytes);
      const text = (await pageRuns(pdf, out.redactedPages[0]!)).map((r) => r.str).join(' ');
      await pdf.destroy();
      expect(text, name).not.toContain(phrase.split(' ')[1]);
      expect(text.split(/\s+/).length, name).toBeGreaterThan(20);
    }
  });

  it.each([
    ['a picture', 'q 100 0 0 20 100 695 cm /Im1 Do Q', /a picture lies under a box/],
    ['an inline picture', 'q 100 0 0 20 100 695 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \u0000 EI Q', /a picture/],
    ['a form', 'q 1 0 0 1 100 695 cm /Fm1 Do Q', /a form .* lies under a box/],
    ['curves', '100 700 m 150 720 180 690 200 700 c S', /curves .* lie under a box/],
    ['a pattern fill', '/Pattern cs /P1 scn 100 695 100 20 re f', /filled with a pattern/],
    ['text used to clip', 'BT 7 Tr /F1 12 Tf 100 700 Td (secret) Tj ET', /clip/],
    ['text at an angle', 'BT /F1 12 Tf 0.7 0.7 -0.7 0.7 110 690 Tm (secret) Tj ET', /at an angle/],
    [
      'an alternate wording',
      '/Span << /ActualText (Maria) >> BDC BT /F1 12 Tf 300 300 Td (x) Tj ET EMC',
      /ActualText/,
    ],
    ['a font it cannot measure', 'BT /F9 12 Tf 100 700 Td (secret) Tj ET', /font F9 is missing/],
  ])('refuses to clean a page with %s under the box, saying why', async (_what, content, why) => {
    const { page } = await pageWith(content);
    const result = cleanPage(page, [OVER_NAME]);
    expect('problem' in result && result.problem).toMatch(why);
  });

  it('drops the links of a page it cleans (one may point at what is redacted), and will not clean one with comments', async () => {
    const withNote = async (subtype: string) => {
      const { doc, page } = await pageWith(LINE);
      const note = doc.context.obj({
        Type: 'Annot',
        Subtype: subtype,
        Rect: [98, 695, 176, 713],
        Contents: PDFHexString.fromText('Maria Delgado'),
      });
      page.node.addAnnot(doc.context.register(note));
      return { doc, page };
    };
    const linked = await withNote('Link');
    expect(cleanPage(linked.page, [OVER_NAME])).toEqual({ removed: 13 });
    expect(linked.page.node.Annots()).toBeUndefined();
    const commented = await withNote('Text');
    expect(cleanPage(commented.page, [OVER_NAME])).toEqual({ problem: 'it carries comments or form fields' });
  });

  it('leaves a page whose text is away from the box exactly as it was', () => {
    const content = new TextEncoder().encode(
      'BT /F1 12 Tf 72 100 Td (far away) Tj ET q 1 0 0 1 0 0 cm /Im1 Do Q',
    );
    const result = removeTextUnder(
      content,
      { font: () => ({ bytesPerCode: 1, width: () => 500 }), xobject: () => ({ kind: 'image' }) },
      [OVER_NAME],
    );
    expect(result).toEqual({ content, removed: 0 });
  });

  it('names a Type 3 font as one it cannot measure', async () => {
    const doc = await PDFDocument.create();
    const dict = doc.context.obj({ Type: 'Font', Subtype: 'Type3' }) as PDFDict;
    expect(glyphFont(dict)).toMatch(/Type 3/);
  });
});
