import { describe, expect, it } from 'vitest';
import { makeExcerpt, quoteBlocks } from '../../../../core/excerpts/make-excerpt';
import type { SourceDetail } from '../../../../core/library/library-types';
import type { ExtractedDocument } from '../../../../electron/services/library/extracted-document';
import { extractPdf } from '../../../../electron/services/library/import-pdf';
import {
  layOutPage,
  linesEndingInSplitWords,
  makeLaidOutPdf,
  placeLines,
  type Block,
} from '../../../support/pdf-layout-fixture';

const SENTENCE =
  'Officers shall not inquire into the immigration status of any person they stop, detain or arrest unless the ' +
  'inquiry is required by state law, and any detainer request received from a federal agency shall be forwarded ' +
  'without delay to the Legal Unit, which shall decide within one business day whether the request is honored.';

const paragraphs = (doc: ExtractedDocument) => doc.text.split('\n\n');

const asSource = (doc: ExtractedDocument): SourceDetail => ({
  ...doc,
  id: 's',
  title: 'Immigration Enforcement',
  kind: 'policy',
  identifier: 'General Order 301.00',
  effectiveDate: '',
  fileName: 'go-301.pdf',
  sha256: 'x',
  pageCount: doc.pages.length,
  importedAt: '',
});

const pdfOf = async (...pages: Block[][]) => extractPdf(makeLaidOutPdf(pages.map((p) => layOutPage(p))));

describe('PDF paragraphs', () => {
  it('quotes a sentence set on four lines as one paragraph, cited once', async () => {
    const lines = layOutPage([{ text: '3.2 Detainer Requests' }, { text: SENTENCE, spaceBefore: 6 }]);
    expect(lines.length).toBeGreaterThanOrEqual(5); // the heading and four lines of the sentence
    const doc = await extractPdf(makeLaidOutPdf([lines]));
    const start = doc.text.indexOf('Officers');
    const excerpt = makeExcerpt(asSource(doc), start, start + SENTENCE.length, 'q')!;
    expect(excerpt.text).toBe(SENTENCE);
    const [quote, citation] = quoteBlocks(excerpt);
    expect(quote).toEqual({
      type: 'block-quote',
      children: [{ type: 'paragraph', children: [{ text: SENTENCE }] }],
    });
    expect(citation).toEqual({
      type: 'paragraph',
      children: [{ text: 'General Order 301.00, Immigration Enforcement, § 3.2.' }],
    });
  });

  it('keeps real paragraph breaks: space between paragraphs, a first-line indent, a last line that stops short', async () => {
    const doc = await pdfOf([
      { text: `${SENTENCE} It applies to every officer.` },
      {
        text: 'A second paragraph follows after a gap of six points and runs on for a little while.',
        spaceBefore: 6,
      },
      { text: `An indented paragraph follows with no gap at all. ${SENTENCE}`, indent: 36 },
      { text: 'Short last line.' },
      { text: 'Another paragraph starts at the margin right after a line that stopped short.' },
    ]);
    expect(paragraphs(doc)).toEqual([
      `${SENTENCE} It applies to every officer.`,
      'A second paragraph follows after a gap of six points and runs on for a little while.',
      `An indented paragraph follows with no gap at all. ${SENTENCE}`,
      'Short last line.',
      'Another paragraph starts at the margin right after a line that stopped short.',
    ]);
  });

  it('keeps list items and headings apart from the text around them', async () => {
    const doc = await pdfOf([
      { text: 'When a detainer request arrives, the receiving officer shall take these steps in order:' },
      { text: '(a) notify the watch commander;' },
      { text: '(b) send the request to the Legal Unit; and' },
      { text: '(c) record it in the detainer log.' },
      { text: '3.3 Records' },
      { text: 'Records are kept for five years.' },
    ]);
    expect(paragraphs(doc)).toEqual([
      'When a detainer request arrives, the receiving officer shall take these steps in order:',
      '(a) notify the watch commander;',
      '(b) send the request to the Legal Unit; and',
      '(c) record it in the detainer log.',
      '3.3 Records',
      'Records are kept for five years.',
    ]);
    expect(doc.sections.map((s) => s.title)).toEqual(['3.3 Records']);
  });

  it('joins words split at line ends, keeping the hyphen of a word the document writes with one', async () => {
    const lines = linesEndingInSplitWords([
      { word: 'immigration', head: 'immi-', tail: 'gration' },
      { word: 'self-reported', head: 'self-', tail: 'reported' },
      { word: 'response-to-resistance', head: 'response-to-', tail: 'resistance' },
      { word: 'Dallas-Fort', head: 'Dallas-', tail: 'Fort' },
      { word: 'detainer', head: 'de\u00ad', tail: 'tainer' },
      { word: 'not-responsive', head: 'not-', tail: 'responsive' },
    ]);
    const elsewhere = 'Reports are self-reported. A record may not be responsive.';
    const doc = await extractPdf(
      makeLaidOutPdf([[...placeLines(lines), { text: elsewhere, x: 72, y: 600, size: 11 }]]),
    );
    const [paragraph] = paragraphs(doc);
    expect(paragraph).toContain(' immigration ');
    expect(paragraph).toContain(' self-reported ');
    expect(paragraph).toContain(' response-to-resistance ');
    expect(paragraph).toContain(' Dallas-Fort ');
    expect(paragraph).toContain(' detainer ');
    expect(paragraph).toContain(' not-responsive ');
    expect(paragraph).not.toMatch(/\s(immi|self|response-to|Dallas|de|not)-?\s/);
  });

  it('carries a sentence over a page break without a paragraph break, and starts the page where it does', async () => {
    const doc = await pdfOf(
      [{ text: 'The Legal Unit decides within one business day whether a detainer request is honored and' }],
      [{ text: 'tells the officer who received it. The officer then records the decision.' }],
    );
    expect(paragraphs(doc)).toHaveLength(1);
    const page2 = doc.pages[1]!;
    expect(doc.text.slice(page2.start, page2.end).trim()).toMatch(/^tells the officer/);
  });
});

describe('PDF titles', () => {
  const body = [layOutPage([{ text: 'DALLAS POLICE DEPARTMENT' }, { text: '1. Purpose' }])];

  it.each([
    [
      { xmpTitle: 'Contact With Federal Immigration Authorities', infoTitle: 'GO 301' },
      'Contact With Federal Immigration Authorities',
    ],
    [{ infoTitle: 'Immigration Enforcement' }, 'Immigration Enforcement'],
    [{ infoTitle: 'Microsoft Word - GO 301 Immigration.docx' }, 'GO 301 Immigration'],
    [{ infoTitle: 'untitled' }, ''],
    [{}, ''],
  ])('%o gives the title "%s", never the first line', async (titles, expected) => {
    expect((await extractPdf(makeLaidOutPdf(body, titles))).title).toBe(expected);
  });
});
