// A value holding a right-to-left override, printed by LibreOffice: the words of the letter after the value
// read in their order, as they do after an ordinary value.
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../core/document/model';
import { exportAndConvert, squash } from '../../support/export-to-pdf';
import { field, p } from '../../support/sample-letter';

const RLO = '\u202E';
const RLE = '\u202B';
/** pdftotext marks right-to-left runs with embedding marks of its own; they are not printed text. */
const withoutMarks = (text: string) => text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');

const letter = (values: string[]): DocumentModel => ({
  title: 'Bidi',
  subject: 'Values with direction controls',
  author: 'Test',
  continuation: { addressee: '', date: '' },
  children: values.map((value, index) =>
    p(
      `Paragraph ${index + 1} names `,
      field('custom.v', 'Value', value),
      ' and these words follow in order.',
    ),
  ),
});

describe('right-to-left controls in values, through LibreOffice', () => {
  it('never reverse the words of the letter after the value', async () => {
    const values = [`${RLO}evil`, `${RLE}\u05E9\u05DC\u05D5\u05DD`, `a\u2069${RLO}b`, 'plain value'];
    const pdf = await exportAndConvert(letter(values), 'bidi-values');
    const text = withoutMarks(squash(pdf.pages.join('\n')));
    values.forEach((_value, index) => {
      expect(text).toMatch(new RegExp(`Paragraph ${index + 1} names .* and these words follow in order\\.`));
    });
    expect(text.match(/and these words follow in order\./g)).toHaveLength(values.length);
  });
});
