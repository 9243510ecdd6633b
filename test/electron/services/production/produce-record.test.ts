import { decodePDFRawStream, PDFDocument, PDFName, PDFRawStream, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { openPdf, pageRuns } from '../../../../electron/services/production/pdf-reader';
import { produceRecord, type RecordInput } from '../../../../electron/services/production/produce-record';
import { makePdf } from '../../../support/pdf-fixture';
import { fixture, pagesText } from './production-support';

const base: Omit<RecordInput, 'pdf'> = {
  name: 'record 1',
  prefix: 'DAL-AG-',
  digits: 6,
  first: 41,
  phrases: [],
  boxes: [],
};
const phrase = {
  id: 'p',
  kind: 'phrase' as const,
  phrase: 'Maria Delgado',
  reason: "Tex. Gov't Code § 552.101 (informer identity)",
};

/** The label's run on each page: its text and its direction on the page. */
async function labelRuns(bytes: Uint8Array) {
  const pdf = await openPdf(bytes);
  const found = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const run = (await pageRuns(pdf, n)).find((r) => /^DAL-AG-\d{6}$/.test(r.str));
    const page = await pdf.getPage(n);
    found.push({ label: run?.str, transform: run?.transform, rotate: page.rotate, view: page.view });
  }
  await pdf.destroy();
  return found;
}

/** Every stream of the file decoded, as qpdf --qdf would show it. */
async function contentStreams(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  return doc.context
    .enumerateIndirectObjects()
    .filter(([, o]) => o instanceof PDFRawStream)
    .map(([, o]) => Buffer.from(decodePDFRawStream(o as PDFRawStream).decode()).toString('latin1'))
    .join('\n');
}

/** How many pixels of each of the 16 greys the first picture in the file has. */
async function pictureShades(bytes: Uint8Array): Promise<number[]> {
  const doc = await PDFDocument.load(bytes);
  const [, image] = doc.context
    .enumerateIndirectObjects()
    .find(([, o]) => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'))!;
  const shades = new Array<number>(16).fill(0);
  for (const byte of decodePDFRawStream(image as PDFRawStream).decode()) {
    shades[byte >> 4]!++;
    shades[byte & 15]!++;
  }
  return shades;
}

describe('a record produced from its PDF', () => {
  it('keeps its pages and text and numbers every page in order from the first number', async () => {
    const out = await produceRecord({ ...base, pdf: fixture('detainer-memo-libreoffice.pdf') });
    expect(out.labels).toEqual(['DAL-AG-000041', 'DAL-AG-000042']);
    expect(out.imagePages).toEqual([]);
    const text = await pagesText(out.bytes);
    expect(text[0]).toContain('Route every detainer request to the Legal Unit');
    expect((await labelRuns(out.bytes)).map((l) => l.label)).toEqual(out.labels);
  });

  it('stamps a turned page upright as seen, and a cropped page inside what is shown', async () => {
    const out = await produceRecord({ ...base, pdf: fixture('rotated-and-cropped.pdf') });
    const [plain, turned, cropped] = await labelRuns(out.bytes);
    expect(plain!.transform!.slice(0, 2)).toEqual([9, 0]);
    // On a page turned 90 degrees the label runs up the page, so the turn brings it level.
    expect(turned!.rotate).toBe(90);
    expect(turned!.transform![0]).toBeCloseTo(0);
    expect(turned!.transform![1]).toBeCloseTo(9);
    const [x0, y0, x1, y1] = cropped!.view as number[];
    const [, , , , x, y] = cropped!.transform!;
    expect([x0, y0, x1, y1]).toEqual([36, 72, 536, 722]);
    expect(x).toBeGreaterThan(x0!);
    expect(x).toBeLessThan(x1! - 50);
    expect(y).toBeGreaterThan(y0!);
    expect(y).toBeLessThan(y1!);
  });

  it('copies a PDF restricted by an owner password, decrypted', async () => {
    const out = await produceRecord({ ...base, pdf: fixture('restricted-encrypted.pdf') });
    expect((await pagesText(out.bytes))[0]).toContain('Training Bulletin 2024-05');
    expect(Buffer.from(out.bytes).includes(Buffer.from('/Encrypt'))).toBe(false);
  });

  it('refuses a PDF that needs a password to open, saying what to do', async () => {
    await expect(produceRecord({ ...base, pdf: makePdf([['secret']], { encrypted: true }) })).rejects.toThrow(
      /protected by a password.*print it to a new PDF/,
    );
  });
});

describe('a record with redactions', () => {
  it('cleans the page with the phrase: the phrase is gone from its text and content, the rest stays text, the reason is printed', async () => {
    const pdf = makePdf([
      ['Intro page without the name.'],
      ['The informant Maria Delgado called.', 'Another line.'],
    ]);
    const out = await produceRecord({ ...base, pdf, phrases: [phrase] });
    expect(out.redactedPages).toEqual([2]);
    expect(out.imagePages).toEqual([]);
    expect(out.found.get('p')).toBe(1);
    const text = await pagesText(out.bytes);
    expect(text[0]).toContain('Intro page without the name.');
    expect(text[1]).not.toMatch(/Maria|Delgado/);
    expect(text[1]).toMatch(/The informant\s+called\./);
    expect(text[1]).toContain('Another line.');
    expect(text[1]).toContain("Redacted: Tex. Gov't Code § 552.101 (informer identity)");
    expect(text[1]).toContain('DAL-AG-000042');
    expect(await contentStreams(out.bytes)).not.toMatch(/Delgado|Maria/);
    const doc = await PDFDocument.load(out.bytes);
    expect(doc.getPage(1).getSize()).toEqual({ width: 612, height: 792 });
  });

  it('a box drawn on a page takes out the text under it and keeps the text beside it', async () => {
    const pdf = makePdf([['Line one.'], ['Line two is private.', 'Line three is public.']]);
    const box = {
      id: 'b',
      kind: 'box' as const,
      page: 2,
      rect: { x: 60, y: 60, width: 300, height: 20 },
      reason: 'TRE 503 attorney-client',
    };
    const out = await produceRecord({ ...base, pdf, boxes: [box] });
    expect(out.imagePages).toEqual([]);
    expect(out.reasons).toEqual(['TRE 503 attorney-client']);
    const text = (await pagesText(out.bytes))[1];
    expect(text).not.toContain('private');
    expect(text).toContain('Line three is public.');
    expect(await contentStreams(out.bytes)).not.toContain('private');
  });

  it('a page it cannot clean with certainty (curves under the box) becomes a picture, with the reason', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([612, 792]);
    page.drawText('The informant Maria Delgado called.', {
      x: 72,
      y: 700,
      size: 11,
      font: await doc.embedFont(StandardFonts.Helvetica),
    });
    page.drawEllipse({ x: 150, y: 704, xScale: 40, yScale: 8, borderWidth: 1 });
    const out = await produceRecord({ ...base, pdf: await doc.save(), phrases: [phrase] });
    expect(out.imagePages).toEqual([1]);
    expect(out.pictureReasons.get(1)).toMatch(/curves .* lie under a box/);
    expect((await pagesText(out.bytes))[0]).not.toContain('informant');
    // The picture shows the page: mostly white paper, with dark type and the black box on it.
    const shades = await pictureShades(out.bytes);
    expect(shades[15]! / shades.reduce((a, b) => a + b)).toBeGreaterThan(0.9);
    expect(shades[0]).toBeGreaterThan(72 * 12 * (200 / 72) ** 2 * 0.5);
  });

  it('a page the check after finds text on is produced again as a picture', async () => {
    const pdf = makePdf([['The informant Maria Delgado called.']]);
    const out = await produceRecord({ ...base, pdf, phrases: [phrase], asPictures: new Set([1]) });
    expect(out.imagePages).toEqual([1]);
    expect(out.pictureReasons.get(1)).toBe('text under a box could still be read after it was cleaned');
  });

  it('refuses a box on a page the record does not have', async () => {
    const box = {
      id: 'b',
      kind: 'box' as const,
      page: 3,
      rect: { x: 1, y: 1, width: 5, height: 5 },
      reason: 'x',
    };
    await expect(produceRecord({ ...base, pdf: makePdf([['a']]), boxes: [box] })).rejects.toThrow(
      'record 1 has 1 page, but a box is drawn on its page 3',
    );
  });
});
