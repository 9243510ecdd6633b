import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { findLeftovers } from '../../../../electron/services/production/leftover-check';
import { makePdf } from '../../../support/pdf-fixture';

describe('the check for redacted phrases left in a produced record', () => {
  it('finds the phrase in a page’s text, even set without a space', async () => {
    const pdf = makePdf([['clean page'], ['Call MariaDelgado today']]);
    expect(await findLeftovers(pdf, ['A-1', 'A-2'], ['Maria Delgado'])).toEqual([
      { where: 'A-2', phrase: 'Maria Delgado' },
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

  it('passes a record without the phrase', async () => {
    expect(
      await findLeftovers(makePdf([['The informant [redacted] called.']]), ['A-1'], ['Maria Delgado']),
    ).toEqual([]);
  });
});
