// Exports a letter with three exhibits and Bates numbers, reads it back through LibreOffice, and checks what a
// paralegal would check: the index, one cover page per exhibit, and Bates numbers in order on every exhibit
// page, matching the ranges the index lists.
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../core/document/model';
import type { ExhibitSettings } from '../../../core/exhibits/exhibit';
import { exhibitExportSet } from '../../../core/exhibits/exhibit-export';
import { recordSchema } from '../../../core/records/record';
import { recordViews, type RecordSource } from '../../../core/records/record-views';
import { policyExcerpt } from '../../support/excerpt-fixture';
import { exportAndConvert, squash } from '../../support/export-to-pdf';

const letter: DocumentModel = {
  title: 'Response',
  subject: '',
  author: '',
  continuation: { addressee: 'Office of the Attorney General', date: 'April 1, 2025' },
  children: [
    {
      type: 'paragraph',
      children: [
        { text: 'The policy is attached as ' },
        { type: 'exhibit-ref', exhibitId: 'e2', label: 'B', children: [{ text: '' }] },
        { text: '.' },
      ],
    },
  ],
};

const sentence = (i: number) =>
  `Paragraph ${i}. Officers shall forward every immigration detainer request to the Legal Unit, which reviews it against state law and the department's written directives before anyone acts on it.`;
const longText = Array.from({ length: 70 }, (_, i) =>
  i % 9 === 4
    ? sentence(i).toUpperCase()
    : i % 5 === 0
      ? `${sentence(i)} ${sentence(i)} ${sentence(i)}`
      : sentence(i),
).join('\n\n');

const settings = (bates: boolean): ExhibitSettings => ({
  labelStyle: 'letters',
  bates: { enabled: bates, prefix: 'CITY-AG-', start: 97, digits: 6 },
});

const file = (bates: boolean): RecordSource => ({
  excerpts: [
    policyExcerpt('x1', 'Officers shall forward every immigration detainer request to the Legal Unit.'),
    policyExcerpt('x2', longText, { wholeSource: true }),
    policyExcerpt('x3', 'From: Chief of Police\n\nRoute detainer requests to the Legal Unit.', {
      sourceTitle: 'Email of March 3, 2025',
      identifier: '',
      section: '',
      sourcePageCount: 1,
      pageStart: 1,
      pageEnd: 1,
    }),
  ],
  records: [
    { id: 'e1', description: 'Excerpt of General Order 301.00', excerptId: 'x1' },
    { id: 'e2', description: 'General Order 301.00 (complete)', excerptId: 'x2' },
    { id: 'e3', description: 'Chief of Police email', excerptId: 'x3' },
  ].map((record) => recordSchema.parse({ ...record, exhibit: true })),
  exhibitSettings: settings(bates),
});

/** What the exporter appends for a letter enclosing every exhibit of `source`. */
const exportSet = (source: RecordSource) =>
  exhibitExportSet(recordViews(source).exhibits, source.exhibitSettings.bates);

describe('exhibits in the exported DOCX', () => {
  it('has an index, a cover page per exhibit, and Bates numbers in order that match the index', async () => {
    const set = exportSet(file(true));
    expect(set.exhibits.map((e) => e.label)).toEqual(['A', 'B', 'C']);
    expect(set.exhibits[1]!.pageCount).toBeGreaterThan(4);
    const pdf = await exportAndConvert(letter, 'exhibits-bates', {
      exhibitSet: set,
      exhibits: [{ id: 'e2', label: 'B' }],
    });

    expect(squash(pdf.pages[0]!)).toContain('The policy is attached as Exhibit B.');
    const indexPage = pdf.pages.findIndex((p) => p.includes('INDEX OF EXHIBITS'));
    expect(indexPage).toBeGreaterThan(0);
    const index = squash(pdf.pages[indexPage]!).replace(/- /g, '-');
    for (const e of set.exhibits)
      expect(index).toContain(`CITY-AG-${String(e.range.first).padStart(6, '0')}`);

    const exhibitPages = pdf.pages.slice(indexPage + 1);
    const total = set.exhibits.reduce((n, e) => n + e.pageCount, 0);
    expect(exhibitPages).toHaveLength(total);
    const numbers = exhibitPages.map((page) => {
      const found = [...page.matchAll(/CITY-AG-(\d{6})/g)].map((m) => Number(m[1]));
      expect(found).toHaveLength(1);
      return found[0]!;
    });
    expect(numbers).toEqual(Array.from({ length: total }, (_, i) => 97 + i));

    for (const e of set.exhibits) {
      const cover = exhibitPages[e.range.first - 97]!;
      expect(squash(cover)).toContain(`EXHIBIT ${e.label}`);
      expect(squash(cover)).toContain(e.description);
      expect(squash(exhibitPages[e.range.first - 97 + 1]!)).toContain(e.citation);
      // The exhibit's last page is the last before the next cover: the range in the index is exact.
      const next = exhibitPages[e.range.last - 97 + 1];
      if (next) expect(squash(next)).toMatch(/EXHIBIT [A-Z]/);
    }
    expect(squash(exhibitPages.join(' '))).toContain('Paragraph 69.');
  });

  it('labels pages by exhibit when Bates numbering is off, and keeps its page count in a wider font', async () => {
    const set = exportSet({ ...file(false), records: file(false).records.slice(0, 2) });
    const pdf = await exportAndConvert(letter, 'exhibits-plain', { exhibitSet: set, font: 'Arial' });
    const pageLabels = pdf.pages.flatMap((p) =>
      [...p.matchAll(/Exhibit ([AB]), page (\d+)/g)].map((m) => `${m[1]}${m[2]}`),
    );
    const expected = set.exhibits.flatMap((e) =>
      Array.from({ length: e.pageCount }, (_, i) => `${e.label}${i + 1}`),
    );
    expect(pageLabels).toEqual(expected);
    expect(pdf.pages.some((p) => p.includes('CITY-AG-'))).toBe(false);
  });

  it('gives a paper record one cover page naming its Bates range, without taking a number of its own', async () => {
    const source: RecordSource = {
      ...file(true),
      records: [
        recordSchema.parse({ id: 'p1', description: 'Signed training roster', exhibit: true, pages: 8 }),
        ...file(true).records.slice(0, 1),
      ],
    };
    const set = exportSet(source);
    const pdf = await exportAndConvert(letter, 'exhibits-paper', { exhibitSet: set });
    const cover = squash(pdf.pages.find((p) => p.includes('EXHIBIT A'))!);
    expect(cover).toContain(
      'The record (8 pages, CITY-AG-000097 – CITY-AG-000104) is enclosed as paper copies.',
    );
    expect(cover).not.toMatch(/CITY-AG-\d{6}$/);
    // The next exhibit's pages continue after the paper record's eight.
    const next = squash(pdf.pages.find((p) => p.includes('EXHIBIT B'))!);
    expect(next).toContain('CITY-AG-000105');
  });

  it('marks every page DRAFT in an export made anyway, the exhibits’ pages as the letter’s', async () => {
    const source: RecordSource = {
      ...file(true),
      records: [
        recordSchema.parse({ id: 'p1', description: 'Signed training roster', exhibit: true, pages: 2 }),
        ...file(true).records.slice(0, 2),
      ],
    };
    const set = exportSet(source);
    const marked = await exportAndConvert(letter, 'exhibits-draft', { exhibitSet: set, markDraft: true });
    expect(marked.pageCount).toBeGreaterThan(3);
    for (const page of marked.pages) expect(squash(page)).toContain('DRAFT — required fields missing');
    const clean = await exportAndConvert(letter, 'exhibits-clean', { exhibitSet: set });
    expect(clean.pages.some((page) => page.includes('DRAFT'))).toBe(false);
  });
});
