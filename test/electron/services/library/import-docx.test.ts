import { Document, HeadingLevel, Packer, PageBreak, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../../../core/excerpts/citation';
import { makeExcerpt } from '../../../../core/excerpts/make-excerpt';
import type { SourceDetail } from '../../../../core/library/library-types';
import type { ExtractedDocument } from '../../../../electron/services/library/extracted-document';
import { extractDocx } from '../../../../electron/services/library/import-docx';
import { footnoteReference, para, rawDocx, run, sectionEnd } from '../../../support/docx-raw-fixture';

/** The source as the library would hold it, for citing a passage of it. */
const asSource = (doc: ExtractedDocument): SourceDetail => ({
  ...doc,
  id: 's',
  kind: 'policy',
  identifier: '',
  effectiveDate: '',
  fileName: 'policy.docx',
  sha256: 'x',
  pageCount: doc.pages.length,
  importedAt: '',
});

/** The citation of the first occurrence of `word`. */
function citationOf(doc: ExtractedDocument, word: string): string {
  const at = doc.text.indexOf(word);
  expect(at, `"${word}" is in the text`).toBeGreaterThanOrEqual(0);
  return formatCitation(makeExcerpt(asSource(doc), at, at + word.length, 'e')!);
}

const pageOf = (doc: ExtractedDocument, word: string) => {
  const at = doc.text.indexOf(word);
  return doc.pages.find((p) => p.start <= at && at < p.end)?.page;
};

describe('DOCX page numbers', () => {
  it('cites words on pages 2-5 by the page Word laid them out on', async () => {
    const doc = await extractDocx(
      rawDocx({
        title: 'Detainer Policy',
        body: [
          para('Alpha opens the policy on the first page.'),
          para(run('Bravo starts page two.', { renderedBreak: true })),
          para('Charlie is still on page two.'),
          para(run('Delta starts page three.', { renderedBreak: true })),
          // A paragraph Word split across pages three and four.
          para(run('Echo ends page three and ') + run('Foxtrot begins page four.', { renderedBreak: true })),
          para(run('Golf starts page five.', { renderedBreak: true })),
        ],
      }),
    );
    const cited = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf'].map((word) =>
      citationOf(doc, word),
    );
    expect(cited).toEqual([
      'Detainer Policy, at 1',
      'Detainer Policy, at 2',
      'Detainer Policy, at 2',
      'Detainer Policy, at 3',
      'Detainer Policy, at 3',
      'Detainer Policy, at 4',
      'Detainer Policy, at 5',
    ]);
    expect(doc.text).toContain('Echo ends page three and Foxtrot begins page four.');
    expect(doc.pages.some((p) => p.estimated)).toBe(false);
  });

  it('counts page breaks, page-starting styles and new-page sections once each, but not continuous sections', async () => {
    const doc = await extractDocx(
      rawDocx({
        body: [
          para(run('One before a page break.', { pageBreakAfter: true })),
          // Word records a rendered break right after an explicit one: still one new page.
          para(run('Two after the break.', { renderedBreak: true })),
          para('Three opens a chapter.', { style: 'Part' }),
          para('Four is a chapter that is told not to break.', {
            style: 'Chapter',
            props: '<w:pageBreakBefore w:val="0"/>',
          }),
          sectionEnd('Five ends a continuous section.', 'continuous'),
          sectionEnd('Six ends a section; the next starts a page.'),
          para('Seven starts the new section.'),
          para('Eight starts a page of its own.', { props: '<w:pageBreakBefore/>' }),
        ],
      }),
    );
    const pages = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight'].map((w) => pageOf(doc, w));
    expect(pages).toEqual([1, 2, 3, 3, 3, 3, 4, 5]);
  });

  it('estimates the pages of a long document that records no layout, and marks them estimated', async () => {
    const sentence = 'Officers shall forward every immigration detainer request to the Legal Unit at once. ';
    const docx = new Document({
      styles: { default: { document: { run: { size: 24 } } } },
      sections: [
        {
          children: Array.from({ length: 40 }, (_, i) => [
            new Paragraph({ text: `${i + 1}. Section ${i + 1}`, heading: HeadingLevel.HEADING_2 }),
            new Paragraph(`Marker${i + 1} ${sentence.repeat(6)}`),
          ]).flat(),
        },
      ],
    });
    const doc = await extractDocx(await Packer.toBuffer(docx));
    // LibreOffice lays this out on 6 pages, seven sections a page: Marker1-7 on page 1, Marker8-14 on 2, …
    const laidOut = (k: number) => Math.ceil(k / 7);
    const estimated = Array.from({ length: 40 }, (_, i) => pageOf(doc, `Marker${i + 1} `)!);
    expect(doc.pages).toHaveLength(6);
    estimated.forEach((page, i) => expect(Math.abs(page - laidOut(i + 1))).toBeLessThanOrEqual(1));
    expect(estimated.filter((page, i) => page === laidOut(i + 1)).length).toBeGreaterThanOrEqual(32);
    expect(doc.pages.every((p) => p.estimated)).toBe(true);
    // Pages run on without gaps or overlaps.
    doc.pages.forEach((p, i) => expect(p.start).toBe(i === 0 ? 0 : doc.pages[i - 1]!.end));
  });

  it('starts a page after an explicit break even in a document that records no layout', async () => {
    const docx = new Document({
      sections: [
        { children: [new Paragraph({ children: [new TextRun('Cover sheet'), new PageBreak()] })] },
        { children: [new Paragraph('Body text on the second page.')] },
      ],
    });
    const doc = await extractDocx(await Packer.toBuffer(docx));
    expect([pageOf(doc, 'Cover'), pageOf(doc, 'Body')]).toEqual([1, 2]);
  });
});

describe('DOCX footnotes', () => {
  it('keeps each footnote in the section and on the page that cite it', async () => {
    const doc = await extractDocx(
      rawDocx({
        body: [
          para('1. Detainers', { style: 'Heading1' }),
          para(run('Detainers go to the Legal Unit.') + footnoteReference(1)),
          para('Nothing else.'),
          para(run('2. Records', { renderedBreak: true }), { style: 'Heading1' }),
          para(run('Records are kept five years.') + footnoteReference(2)),
        ],
        footnotes: { 1: 'See Gov’t Code § 752.053.', 2: 'Retention schedule PS-4125.' },
      }),
    );
    expect(doc.text).toContain(
      'Detainers go to the Legal Unit.[1]\n\n[1] See Gov’t Code § 752.053.\n\nNothing',
    );
    const [detainers, records] = doc.sections;
    const inSpan = (span: { start: number; end: number }, text: string) => {
      const at = doc.text.indexOf(text);
      return span.start <= at && at < span.end;
    };
    expect(inSpan(detainers!, '[1] See Gov’t Code')).toBe(true);
    expect(inSpan(records!, '[2] Retention schedule')).toBe(true);
    expect([pageOf(doc, '[1] See'), pageOf(doc, '[2] Retention')]).toEqual([1, 2]);
  });
});

describe('DOCX titles', () => {
  it('takes the title property over the first heading', async () => {
    const doc = await extractDocx(
      rawDocx({
        title: 'Immigration Enforcement',
        body: [para('1. Purpose', { style: 'Heading1' }), para('This order governs detainers.')],
      }),
    );
    expect(doc.title).toBe('Immigration Enforcement');
  });

  it('takes a Title-style paragraph when the file has no title property, and never the first heading', async () => {
    const titled = await extractDocx(
      rawDocx({
        body: [
          para('DALLAS POLICE DEPARTMENT'),
          para('Contact With Federal Immigration Authorities', { style: 'Title' }),
          para('1. Purpose', { style: 'Heading1' }),
        ],
      }),
    );
    expect(titled.title).toBe('Contact With Federal Immigration Authorities');
    expect(titled.sections.map((s) => s.title)).toEqual(['1. Purpose']);
    const untitled = await extractDocx(
      rawDocx({ title: '', body: [para('1. Purpose', { style: 'Heading1' }), para('Text.')] }),
    );
    expect(untitled.title).toBe('');
  });
});
