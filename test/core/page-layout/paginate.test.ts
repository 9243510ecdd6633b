// Pagination as Word and LibreOffice do it for our letters, on heights alone: lines fill the page, no line left
// alone at either edge, headings and signatures kept with what follows, table rows whole with the header
// repeated, page breaks, and space before dropped at the top of a later page.
import { describe, expect, it } from 'vitest';
import { paginate } from '../../../core/page-layout/paginate';
import type { MeasuredBlock } from '../../../core/page-layout/paginate';

const FRAME = { top: () => 72, bottom: 720 }; // 648 pt: 54 lines of 12 pt

const para = (lines: number, rest: Partial<MeasuredBlock> = {}): MeasuredBlock => ({
  units: Array.from({ length: lines }, () => 12),
  beforePt: 0,
  afterPt: 12,
  keepNext: false,
  keepLines: false,
  pageBreakBefore: false,
  widowControl: true,
  ...rest,
});

/** Each page as "block:from-to" pieces. */
const layout = (blocks: MeasuredBlock[], frame = FRAME) =>
  paginate(blocks, frame).map((page) => page.fragments.map((f) => `${f.block}:${f.from}-${f.to}`).join(' '));

describe('paginate', () => {
  it('fills a page with lines; the space after the last one need not fit', () => {
    const pages = paginate(
      Array.from({ length: 100 }, () => para(1)),
      FRAME,
    );
    // 27 one-line paragraphs with a blank line after each: the 27th ends at 708 pt, its space after runs past 720.
    expect(pages.map((p) => p.fragments.length)).toEqual([27, 27, 27, 19]);
    expect(pages[1]!.fragments[0]!.y).toBe(72);
  });

  it('splits a paragraph at a line, never leaving one line alone at the bottom or the top', () => {
    // 50 lines used: room for 4 more. A 5-line paragraph would leave 1 line over: 3 stay, 2 go.
    expect(layout([para(50, { afterPt: 0 }), para(5)])).toEqual(['0:0-50 1:0-3', '1:3-5']);
    // Room for 1 line: the paragraph starts on the next page rather than leave its first line alone.
    expect(layout([para(53, { afterPt: 0 }), para(5)])).toEqual(['0:0-53', '1:0-5']);
    // Without widow control (a table's rows) the page is filled to the last unit.
    expect(layout([para(53, { afterPt: 0 }), para(5, { widowControl: false })])).toEqual([
      '0:0-53 1:0-1',
      '1:1-5',
    ]);
  });

  it('runs a paragraph longer than a page over several pages', () => {
    expect(layout([para(120)])).toEqual(['0:0-54', '0:54-108', '0:108-120']);
  });

  it('keeps a heading with the first two lines of what follows, and a kept paragraph whole', () => {
    const heading = para(1, { keepNext: true, keepLines: true });
    expect(layout([para(51, { afterPt: 0 }), heading, para(4)])).toEqual(['0:0-51', '1:0-1 2:0-4']);
    expect(layout([para(50, { afterPt: 0 }), para(6, { keepLines: true })])).toEqual(['0:0-50', '1:0-6']);
    // A chain too tall for any page is not kept: it flows.
    expect(layout([para(10, { afterPt: 0 }), para(60, { keepLines: true })])).toEqual([
      '0:0-10 1:0-44',
      '1:44-60',
    ]);
  });

  it('starts a page at a page break, but not a blank one', () => {
    expect(layout([para(3, { pageBreakBefore: true }), para(3, { pageBreakBefore: true })])).toEqual([
      '0:0-3',
      '1:0-3',
    ]);
  });

  it('leaves the larger of space after and space before between two paragraphs, as LibreOffice does', () => {
    const pages = paginate(
      [para(1, { afterPt: 6 }), para(1, { beforePt: 12, afterPt: 0 }), para(1, { beforePt: 24 })],
      FRAME,
    );
    expect(pages[0]!.fragments.map((f) => f.y)).toEqual([72, 96, 132]);
  });

  it('drops space before at the top of a later page, not on the first page', () => {
    const pages = paginate(
      [para(1, { beforePt: 12 }), para(53, { afterPt: 0 }), para(2, { beforePt: 12 })],
      FRAME,
    );
    expect(pages[0]!.fragments[0]!.y).toBe(84);
    expect(pages[1]!.fragments[0]!.y).toBe(72);
  });

  it('repeats a table header row on each later page and never splits a row', () => {
    const table: MeasuredBlock = {
      ...para(0),
      units: [20, ...Array.from({ length: 40 }, () => 30)],
      afterPt: 0,
      widowControl: false,
      headerUnits: 1,
    };
    const pages = paginate([table], { top: () => 72, bottom: 720 });
    // 648 pt: the header (20) and 20 rows of 30 (600) fit; the next page repeats the header above 20 more.
    expect(pages.map((p) => p.fragments.map((f) => [f.from, f.to, f.repeated]))).toEqual([
      [[0, 21, 0]],
      [[21, 41, 1]],
    ]);
  });

  it('uses each page its own top (a letterhead on page one, a taller continuation header later)', () => {
    const frame = { top: (page: number) => (page === 0 ? 160 : 84), bottom: 720 };
    const pages = paginate([para(100, { afterPt: 0 })], frame);
    // 46 lines under the letterhead, 53 under the continuation header; one left over would stand alone, so 52.
    expect(pages.map((p) => p.fragments[0]!.to - p.fragments[0]!.from)).toEqual([46, 52, 2]);
  });

  it('keeps room at the foot for the footnotes marked on the page, and moves a marked line with its note', () => {
    // 49 lines, then a paragraph whose third line marks a 2-line note: room at the foot is 6 + 24 pt.
    const marked = para(6, { notes: [{ unit: 2, heightPt: 24 }] });
    const pages = paginate([para(49, { afterPt: 0 }), marked], FRAME);
    // Lines 1-2 fit above the note area; line 3 with its note does not: it goes on with the note.
    expect(pages.map((p) => p.fragments.map((f) => `${f.block}:${f.from}-${f.to}`))).toEqual([
      ['0:0-49', '1:0-2'],
      ['1:2-6'],
    ]);
    expect(pages.map((p) => p.notes)).toEqual([[], [{ block: 1, note: 0 }]]);
    // A mark on the paragraph's second line, where moving it would leave the first alone: the line stays,
    // the note goes on to the next page.
    const early = paginate(
      [para(50, { afterPt: 0 }), para(6, { notes: [{ unit: 1, heightPt: 24 }] })],
      FRAME,
    );
    expect(early.map((p) => p.fragments.map((f) => `${f.block}:${f.from}-${f.to}`))).toEqual([
      ['0:0-50', '1:0-4'],
      ['1:4-6'],
    ]);
    expect(early.map((p) => p.notes)).toEqual([[], [{ block: 1, note: 0 }]]);
  });
});
