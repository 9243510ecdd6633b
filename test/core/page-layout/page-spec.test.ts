// What the page view lays out, read from a document as the DOCX exporter reads it: the letterhead taken out to
// head page one, the continuation header, list numbers, a hanging "Re:", keep rules, page breaks, tables with
// the paragraph after them, and the exhibit part with its Bates footers.
import { describe, expect, it } from 'vitest';
import type { ContentBlock, DocumentModel } from '../../../core/document/model';
import { exhibitFurniture, letterFurniture } from '../../../core/page-layout/page-furniture';
import { pageSpec } from '../../../core/page-layout/page-spec';
import type { FlowBlock, FlowParagraph } from '../../../core/page-layout/flow-types';

const p = (text: string): ContentBlock => ({ type: 'paragraph', children: [{ text }] });
const model = (
  children: ContentBlock[],
  continuation = { addressee: 'Ms. Jane Roe', date: 'March 7, 2025' },
) => ({ title: 'Letter', subject: '', author: '', continuation, children }) as DocumentModel;
const text = (block: FlowBlock | undefined) =>
  block?.kind === 'paragraph' ? block.runs.map((r) => r.text).join('') : `table(${block?.rows.length})`;
const paragraphs = (blocks: FlowBlock[]) => blocks as FlowParagraph[];

describe('pageSpec', () => {
  it('heads page one with the letterhead, its first line larger and bold, ruled off', () => {
    const spec = pageSpec(
      model([
        {
          type: 'letterhead',
          children: [
            { type: 'paragraph', children: [{ text: 'CITY OF DALLAS\nCity Attorney' }] },
            { type: 'paragraph', children: [{ text: 'Dallas, Texas' }] },
          ],
        },
        { type: 'date-line', children: [{ type: 'paragraph', children: [{ text: 'March 7, 2025' }] }] },
      ]),
    );
    expect(spec.letterhead.map(text)).toEqual(['CITY OF DALLAS\nCity Attorney', 'Dallas, Texas']);
    expect(spec.letterhead[0]!.runs[0]).toMatchObject({ text: 'CITY OF DALLAS', bold: true, sizePt: 14 });
    expect(spec.letterhead[0]!.runs[1]).toEqual({ text: '\nCity Attorney' });
    expect(spec.letterhead[1]).toMatchObject({
      align: 'center',
      afterPt: 12,
      rule: { widthPt: 0.75, spacePt: 4 },
    });
    expect(spec.body.map(text)).toEqual(['March 7, 2025']);
  });

  it('numbers pages once: at the foot of page one, in the continuation header after', () => {
    const spec = pageSpec(model([p('Body')]));
    const first = letterFurniture(spec, 0, 3);
    expect(first.footer.map(text)).toEqual(['Page 1 of 3']);
    const later = letterFurniture(spec, 1, 3);
    expect(later.header.map(text)).toEqual(['Ms. Jane Roe', 'March 7, 2025', 'Page 2 of 3']);
    expect(later.footer).toEqual([]);
    // A document addressed to no one numbers every page at its foot.
    const affidavit = pageSpec(model([p('Body')], { addressee: '', date: '' }));
    expect(letterFurniture(affidavit, 1, 2).footer.map(text)).toEqual(['Page 2 of 2']);
    expect(letterFurniture(spec, 0).footer.map(text)).toEqual(['Page 1 of \u2026']);
  });

  it('lays out lists, quotes, headings, the Re: line and the signature as the export does', () => {
    const spec = pageSpec(
      model([
        { type: 're-line', children: [{ type: 'paragraph', children: [{ text: 'Re: Your letter' }] }] },
        { type: 'heading', level: 1, children: [{ text: 'Answers' }] },
        {
          type: 'numbered-list',
          children: [
            {
              type: 'list-item',
              children: [
                { type: 'paragraph', children: [{ text: 'One' }] },
                {
                  type: 'numbered-list',
                  children: [
                    { type: 'list-item', children: [{ type: 'paragraph', children: [{ text: 'Sub' }] }] },
                  ],
                },
              ],
            },
            { type: 'list-item', children: [{ type: 'paragraph', children: [{ text: 'Two' }] }] },
          ],
        },
        { type: 'block-quote', children: [{ type: 'paragraph', children: [{ text: 'Quoted' }] }] },
        p('Sincerely,'),
        {
          type: 'signature-block',
          children: [
            { type: 'paragraph', children: [{ text: 'Pat Example' }] },
            { type: 'paragraph', children: [{ text: 'City Attorney' }] },
          ],
        },
      ]),
    );
    const body = paragraphs(spec.body);
    expect(body.map(text)).toEqual([
      'Your letter',
      'Answers',
      'One',
      'Sub',
      'Two',
      'Quoted',
      'Sincerely,',
      'Pat Example',
      'City Attorney',
    ]);
    expect(body[0]).toMatchObject({
      label: { text: 'Re:', bold: true },
      leftPt: 36,
      hangingPt: 36,
      keepLines: true,
    });
    expect(body[1]).toMatchObject({ bold: true, keepNext: true, keepLines: true, beforePt: 12, afterPt: 12 });
    expect(body.slice(2, 5).map((b) => [b.label?.text, b.leftPt, b.afterPt])).toEqual([
      ['1.', 36, 6],
      ['a.', 72, 6],
      ['2.', 36, 12],
    ]);
    expect(body[5]).toMatchObject({ leftPt: 36, rightPt: 36, afterPt: 12 });
    expect(body[6]).toMatchObject({ keepNext: true, keepLines: true });
    expect(body.slice(7).map((b) => [b.keepNext, b.afterPt])).toEqual([
      [true, 0],
      [false, 12],
    ]);
  });

  it('starts the block after a page break on a new page; a table gets an empty paragraph before and after', () => {
    const table: ContentBlock = {
      type: 'table',
      children: [
        {
          type: 'table-row',
          header: true,
          children: [
            { type: 'table-cell', children: [{ type: 'paragraph', children: [{ text: 'Record' }] }] },
          ],
        },
      ],
    };
    const spec = pageSpec(
      model([p('One'), { type: 'page-break', children: [{ text: '' }] }, table, p('Two')]),
    );
    expect(spec.body.map(text)).toEqual(['One', '', 'table(1)', '', 'Two']);
    expect(spec.body.map((b) => b.pageBreakBefore)).toEqual([false, true, false, false, false]);
    const last = pageSpec(model([p('One'), { type: 'page-break', children: [{ text: '' }] }]));
    expect(last.body.map((b) => [text(b), b.pageBreakBefore])).toEqual([
      ['One', false],
      ['', true],
    ]);
  });

  it('shows empty fields as their highlighted label and exhibit references with their current label', () => {
    const spec = pageSpec(
      model([
        {
          type: 'paragraph',
          children: [
            {
              type: 'field',
              path: 'inquiry.deadline',
              label: 'Deadline',
              value: '',
              children: [{ text: '' }],
            },
            { text: ' and ' },
            { type: 'exhibit-ref', exhibitId: 'r1', label: 'A', children: [{ text: '' }] },
          ],
        },
      ]),
      { exhibits: [{ id: 'r1', label: 'C' }] },
    );
    expect(paragraphs(spec.body)[0]!.runs).toEqual([
      { text: '[Deadline]', placeholder: true },
      { text: ' and ' },
      { text: 'Exhibit C' },
    ]);
  });

  it('adds the exhibit part: the index, each cover page, text pages with Bates numbers at the foot', () => {
    const spec = pageSpec(model([p('Body')]), {
      markDraft: true,
      exhibitSet: {
        bates: { enabled: true, prefix: 'DAL-', start: 1, digits: 6 },
        exhibits: [
          {
            id: 'a',
            label: 'A',
            description: 'Order',
            citation: 'GO 301',
            pages: [['First'], ['Second']],
            pageCount: 3,
            range: { first: 4, last: 6 },
          },
          {
            id: 'b',
            label: 'B',
            description: 'Log',
            citation: '',
            pages: [],
            pageCount: 2,
            range: { first: 7, last: 8 },
          },
        ],
      },
    });
    const [index, a, b] = spec.exhibits;
    expect(index!.blocks.map(text)).toEqual(['INDEX OF EXHIBITS', 'table(3)', '']);
    expect(a!.blocks.map(text)).toEqual(['EXHIBIT A', 'Order', 'GO 301', 'First', 'Second']);
    expect(a!.blocks.map((blk) => blk.pageBreakBefore)).toEqual([true, false, true, false, true]);
    expect([0, 1, 2].map((page) => a!.footer(page))).toEqual(['DAL-000004', 'DAL-000005', 'DAL-000006']);
    expect(b!.blocks.map(text)[2]).toBe(
      'The record (2 pages, DAL-000007 \u2013 DAL-000008) is enclosed as paper copies.',
    );
    expect(b!.footer(0)).toBe('Exhibit B');
    // A marked export heads every page DRAFT, exhibits' too.
    expect(exhibitFurniture(spec, 'x').header.map(text)).toEqual(['DRAFT \u2014 required fields missing']);
    expect(letterFurniture(spec, 0, 1).header.map(text)[0]).toBe('DRAFT \u2014 required fields missing');
    expect(a!.record).toBeUndefined();
  });

  it('marks a whole record for its own pages: its cover and count, its text kept for the fallback', () => {
    const exhibit = {
      ...{ id: 'rec', label: 'A', description: 'General Order 301.00', citation: 'GO 301' },
      ...{ pages: [['First'], ['Second']], pageCount: 2, range: { first: 120, last: 121 } },
    };
    const bates = { enabled: true, prefix: 'CITY-', start: 120, digits: 6 };
    const spec = pageSpec(model([p('Body')]), {
      exhibitSet: { bates, exhibits: [exhibit] },
      wholeRecords: new Set(['rec']),
    });
    const record = spec.exhibits[1]!.record!;
    expect([record.id, record.label, record.pageCount]).toEqual(['rec', 'A', 2]);
    expect(record.cover.map(text)).toEqual(['EXHIBIT A', 'General Order 301.00']);
    expect(spec.exhibits[1]!.blocks.map(text)).toEqual([
      'EXHIBIT A',
      'General Order 301.00',
      'GO 301',
      'First',
      'Second',
    ]);
  });
});
