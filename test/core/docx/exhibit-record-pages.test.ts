// An exhibit that is a whole record goes out as its own pages: after the slip sheet, one picture a page, fitted
// inside the margins, with alt text naming the exhibit, the page and its Bates label; an excerpt stays text.
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../core/document/model';
import { buildDocx } from '../../../core/docx/build-docx';
import { fittedSize, type ExhibitPageImage } from '../../../core/docx/exhibit-record-pages';
import { exhibitExportSet } from '../../../core/exhibits/exhibit-export';
import { recordSchema } from '../../../core/records/record';
import { recordViews } from '../../../core/records/record-views';
import { docxParts, part, textOf } from '../../support/docx-xml';
import { policyExcerpt } from '../../support/excerpt-fixture';
import { greyPng, greyRows } from '../../../electron/services/pages-render/page-png';

const letter: DocumentModel = {
  title: 'Response',
  subject: '',
  author: '',
  continuation: { addressee: '', date: '' },
  children: [{ type: 'paragraph', children: [{ text: 'Enclosed.' }] }],
};

const views = recordViews({
  excerpts: [
    policyExcerpt('x1', 'Officers shall forward every detainer request to the Legal Unit.'),
    policyExcerpt('x2', 'The whole policy.', { wholeSource: true }),
  ],
  records: [
    { id: 'e1', description: 'Excerpt of General Order 301.00', excerptId: 'x1' },
    { id: 'e2', description: 'General Order 301.00', excerptId: 'x2', printedPages: 3 },
  ].map((r) => recordSchema.parse({ ...r, exhibit: true })),
  exhibitSettings: {
    labelStyle: 'letters',
    bates: { enabled: true, prefix: 'CITY-', start: 120, digits: 6 },
  },
});
const set = exhibitExportSet(views.exhibits, { enabled: true, prefix: 'CITY-', start: 120, digits: 6 });

const white = greyPng(greyRows(new Uint8Array(10 * 10 * 4).fill(255), 10, 10)!, 10, 10, 72);
const page = (n: number, landscape = false): ExhibitPageImage => ({
  image: white,
  type: 'png',
  widthPt: landscape ? 792 : 612,
  heightPt: landscape ? 612 : 792,
  alt: `Exhibit B, page ${n} of 3, CITY-${String(122 + n).padStart(6, '0')}`,
});

describe('an exhibit as its record’s own pages', () => {
  it('follows its slip sheet with one fitted picture a page, each with its alt text', async () => {
    const images = new Map([['e2', [page(1), page(2), page(3, true)]]]);
    const parts = await docxParts(buildDocx(letter, { exhibitSet: set, exhibitPageImages: images }));
    const body = part(parts, 'word/document.xml');
    const pictures = [...body.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(pictures).toEqual([
      'Exhibit B, page 1 of 3, CITY-000123',
      'Exhibit B, page 2 of 3, CITY-000124',
      'Exhibit B, page 3 of 3, CITY-000125',
    ]);
    expect(Object.keys(parts).filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
    // The slip sheet comes first; the excerpt (Exhibit A) keeps its text and citation.
    const text = textOf(body);
    expect(body.indexOf('EXHIBIT B')).toBeGreaterThan(0);
    expect(body.indexOf('EXHIBIT B')).toBeLessThan(body.indexOf('<w:drawing>'));
    expect(text).toContain('Officers shall forward every detainer request to the Legal Unit.');
    expect(text).toContain('§ 3.2, at 4-5');
    expect(text).not.toContain('The whole policy.');
    // Portrait pages fill the 6.5" width; a landscape page is as wide and less tall.
    const extents = [...body.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(extents[0]![0]!).toBeLessThanOrEqual(6.5 * 914400);
    expect(extents[0]![1]!).toBeLessThanOrEqual(9 * 914400);
    expect(extents[2]![1]!).toBeLessThan(extents[2]![0]!);
    // Each picture's line is as tall as the picture: with an exact line height LibreOffice shows a sliver.
    const pictureParagraphs = body.match(/<w:p>(?:(?!<\/w:p>).)*<w:drawing>/gs) ?? [];
    expect(pictureParagraphs).toHaveLength(3);
    for (const paragraph of pictureParagraphs) expect(paragraph).toContain('w:lineRule="auto"');
  });

  it('fits a page inside the margins, keeping its proportions', () => {
    expect(fittedSize(612, 792)).toEqual({ width: 624, height: 807 });
    expect(fittedSize(612, 1008)).toEqual({ width: 518, height: 854 });
    expect(fittedSize(792, 612)).toEqual({ width: 624, height: 482 });
  });
});
