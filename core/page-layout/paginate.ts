// Splits measured blocks into pages the way Word and LibreOffice do for our letters: lines of a paragraph break
// between pages, never leaving one line alone at either edge (widow and orphan control, on in the export's
// defaults); "keep lines together" moves a whole paragraph; "keep with next" chains a heading or a signature
// to what follows; table rows never split and a header row repeats; space before is dropped at a page's top;
// a line with a footnote mark needs room for its note at the page's foot, or moves to the next page; where
// moving it would leave a line alone, it stays and its note goes on to the next page, as LibreOffice does.
// Between two paragraphs LibreOffice leaves the larger of the first's space after and the second's space
// before, not their sum (measured on our exports). Pure arithmetic on heights in points, tested without a
// browser.

export interface MeasuredBlock {
  /** Heights of the block's unbreakable pieces: a paragraph's lines, a table's rows. */
  units: number[];
  beforePt: number;
  afterPt: number;
  keepNext: boolean;
  keepLines: boolean;
  pageBreakBefore: boolean;
  /** Paragraphs: no single line alone at a page's top or bottom. Tables: false. */
  widowControl: boolean;
  /** Table header rows: the first `headerUnits` units repeat at the top of each later page of the table. */
  headerUnits?: number;
  /** Footnotes marked in the block: the unit (line) holding the mark and the note's height at the page's foot. */
  notes?: { unit: number; heightPt: number }[];
}

export interface Fragment {
  block: number;
  /** Units [from, to) of the block on this page. */
  from: number;
  to: number;
  /** Top of the fragment on the page, in points from the page's top edge. */
  y: number;
  /** Header rows drawn again above the fragment (a table continued from an earlier page). */
  repeated: number;
}

/** A footnote printed at a page's foot: the block whose line marks it, and which of the block's notes. */
export interface PlacedNote {
  block: number;
  note: number;
}

export interface LaidPage {
  fragments: Fragment[];
  /** The footnotes at the page's foot, in order (a note with no room left moves on to the next page). */
  notes: PlacedNote[];
}

export interface PageFrame {
  /** Where the body starts on the page (0-based within this run of pages). */
  top: (page: number) => number;
  bottom: number;
}

const EPSILON = 0.01;
/** The separator above a page's footnotes, as LibreOffice sets our exports' notes (measured: more than 0, at most 7 pt). */
export const NOTE_SEPARATOR_PT = 6;
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** The least of a block that must share a page with the block kept with it. */
function leastStart(block: MeasuredBlock): number {
  if (block.keepLines) return sum(block.units);
  const take = block.widowControl
    ? Math.min(2, block.units.length)
    : Math.min(1 + (block.headerUnits ?? 0), block.units.length);
  return sum(block.units.slice(0, take));
}

/** The space between two blocks on one page: the larger of the space after the one and before the other. */
const gap = (above: MeasuredBlock, below: MeasuredBlock) => Math.max(above.afterPt, below.beforePt);

/** Height of a keep-with-next chain starting at `index`, up to the first lines of the block it keeps with. */
function chainHeight(blocks: readonly MeasuredBlock[], index: number): number {
  let height = 0;
  let at = index;
  while (at < blocks.length && blocks[at]!.keepNext) {
    height += (at === index ? 0 : gap(blocks[at - 1]!, blocks[at]!)) + sum(blocks[at]!.units);
    at += 1;
  }
  const next = blocks[at];
  return next && !next.pageBreakBefore && at > index
    ? height + gap(blocks[at - 1]!, next) + leastStart(next)
    : height;
}

export function paginate(blocks: readonly MeasuredBlock[], frame: PageFrame): LaidPage[] {
  const pages: LaidPage[] = [];
  let page: LaidPage = { fragments: [], notes: [] };
  let y = frame.top(0);
  let notes = 0; // height of the footnotes at this page's foot
  let deferred: (PlacedNote & { heightPt: number })[] = []; // notes with no room left, for the next page
  const room = (index: number) => frame.bottom - frame.top(index);
  const noteArea = (height: number) => (height > 0 ? NOTE_SEPARATOR_PT + height : 0);
  const newPage = () => {
    pages.push(page);
    page = { fragments: [], notes: deferred.map(({ block, note }) => ({ block, note })) };
    notes = sum(deferred.map((note) => note.heightPt));
    deferred = [];
    y = frame.top(pages.length);
  };
  const empty = () => page.fragments.length === 0;

  blocks.forEach((block, index) => {
    if (block.pageBreakBefore && !empty()) newPage();
    const previous = blocks[index - 1];
    const spaceAbove = () => (empty() || !previous ? 0 : gap(previous, block));
    if (block.keepNext && !empty() && !previous?.keepNext) {
      const chain = spaceAbove() + chainHeight(blocks, index);
      const limit = frame.bottom - noteArea(notes);
      if (y + chain > limit + EPSILON && chain <= room(pages.length + 1)) newPage();
    }
    // Space before is dropped at the top of a page (kept on the first page and after a page break).
    if (!empty()) y += spaceAbove();
    else if (pages.length === 0 || block.pageBreakBefore) y += block.beforePt;
    const units = block.units;
    const header = block.headerUnits ?? 0;
    const marked = (unit: number) =>
      (block.notes ?? []).flatMap((note, at) =>
        note.unit === unit ? [{ block: index, note: at, heightPt: note.heightPt }] : [],
      );
    let from = 0;
    while (from < units.length) {
      const repeated = from > 0 && header > 0 && empty() ? header : 0;
      let used = sum(units.slice(0, repeated));
      let fit = 0;
      let placedHeight = notes;
      let deferring = deferred.length > 0;
      const lines: { placed: ReturnType<typeof marked>; later: ReturnType<typeof marked> }[] = [];
      while (from + fit < units.length) {
        const unit = units[from + fit]!;
        const mine = marked(from + fit);
        const height = sum(mine.map((note) => note.heightPt));
        const fitsWithNotes =
          !deferring && y + used + unit <= frame.bottom - noteArea(placedHeight + height) + EPSILON;
        if (!fitsWithNotes && y + used + unit > frame.bottom - noteArea(placedHeight) + EPSILON) break;
        // A marked line whose note has no room goes to the next page with it, unless that leaves the
        // paragraph's first line alone: then the line stays and the note goes on (LibreOffice does both).
        if (!fitsWithNotes && mine.length > 0 && (from > 0 ? fit >= 1 : fit >= 2)) break;
        if (fitsWithNotes) {
          placedHeight += height;
          lines.push({ placed: mine, later: [] });
        } else {
          deferring = deferring || mine.length > 0;
          lines.push({ placed: [], later: mine });
        }
        used += unit;
        fit += 1;
      }
      const rest = units.length - from - fit;
      const commit = (count: number) => {
        for (const line of lines.slice(0, count)) {
          page.notes.push(...line.placed.map(({ block: b, note }) => ({ block: b, note })));
          notes += sum(line.placed.map((note) => note.heightPt));
          deferred.push(...line.later);
        }
      };
      if (rest === 0) {
        page.fragments.push({ block: index, from, to: units.length, y, repeated });
        y += used;
        commit(fit);
        break;
      }
      const whole = sum(units);
      if (!empty() && from === 0 && block.keepLines && whole <= room(pages.length + 1)) {
        newPage();
        continue;
      }
      if (block.widowControl && units.length > 1) {
        if (rest === 1) fit -= 1; // leave two lines for the next page, not one
        if (from === 0 && fit < 2 && !empty()) {
          newPage(); // one line alone at the bottom: the paragraph starts on the next page
          continue;
        }
      }
      if (fit <= 0) {
        if (!empty()) {
          newPage();
          continue;
        }
        fit = 1; // taller than a page: it overflows, as in a word processor
        lines.push(...(lines.length === 0 ? [{ placed: marked(from), later: [] }] : []));
      }
      page.fragments.push({ block: index, from, to: from + fit, y, repeated });
      commit(fit);
      from += fit;
      newPage();
    }
  });
  if (!empty() || pages.length === 0 || page.notes.length > 0) pages.push(page);
  // Notes sent on from the last page still print, on a page of their own.
  if (deferred.length > 0)
    pages.push({ fragments: [], notes: deferred.map(({ block, note }) => ({ block, note })) });
  return pages;
}
