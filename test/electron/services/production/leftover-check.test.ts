import { PDFDocument, PDFName, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { findLeftovers } from '../../../../electron/services/production/leftover-check';
import { produceRecord } from '../../../../electron/services/production/produce-record';
import { makePdf } from '../../../support/pdf-fixture';
import { pagesText } from './production-support';

describe('the check for redacted phrases left in a produced record', () => {
  it('finds the phrase in a page’s text, even set without a space', async () => {
    const pdf = makePdf([['clean page'], ['Call MariaDelgado today']]);
    expect(await findLeftovers(pdf, ['A-1', 'A-2'], ['Maria Delgado'])).toEqual([
      { where: 'A-2', phrase: 'Maria Delgado', page: 2 },
    ]);
  });

  it('finds it outside the pages’ text: in the document’s metadata', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    page.drawText('nothing here', { font: await doc.embedFont(StandardFonts.Helvetica) });
    doc.setSubject('About Maria Delgado');
    expect(await findLeftovers(await doc.save(), ['A-1'], ['Maria Delgado'])).toEqual([
      { where: 'the file', phrase: 'Maria Delgado' },
    ]);
  });

  it('finds it in a compressed stream outside the pages: the document’s XMP metadata', async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawText('nothing here', { font: await doc.embedFont(StandardFonts.Helvetica) });
    const xmp = doc.context.flateStream('<x:xmpmeta><dc:subject>Maria Delgado</dc:subject></x:xmpmeta>', {
      Type: 'Metadata',
      Subtype: 'XML',
    });
    doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp));
    expect(await findLeftovers(await doc.save(), ['A-1'], ['Maria Delgado'])).toEqual([
      { where: 'the file', phrase: 'Maria Delgado' },
    ]);
  });

  it('passes a record without the phrase', async () => {
    expect(
      await findLeftovers(makePdf([['The informant [redacted] called.']]), ['A-1'], ['Maria Delgado']),
    ).toEqual([]);
  });

  it('finds text still under a box of a page said to be cleaned, and passes the marks the production drew', async () => {
    const pdf = makePdf([['The informant Maria Delgado called.']]);
    const box = { x: 130, y: 715, width: 80, height: 15 };
    expect(await findLeftovers(pdf, ['A-1'], [], new Map([[1, [box]]]))).toEqual([
      { where: 'A-1', phrase: 'The informant Maria Delgado called.', page: 1, underBox: true },
    ]);
    const phrase = { id: 'p', kind: 'phrase' as const, phrase: 'Maria Delgado', reason: 'TRE 503' };
    const base = { name: 'r', prefix: 'A-', digits: 1, first: 1, boxes: [] };
    const out = await produceRecord({ ...base, pdf, phrases: [phrase] });
    expect(out.cleaned.get(1)).toHaveLength(1);
    // The reason is printed in white on the box itself: it is the production's, not the record's.
    expect((await pagesText(out.bytes))[0]).toContain('TRE 503');
    expect(await findLeftovers(out.bytes, out.labels, ['Maria Delgado'], out.cleaned)).toEqual([]);
  });
});
