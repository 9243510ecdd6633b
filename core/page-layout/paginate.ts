// Splits measured blocks into pages the way Word and LibreOffice do for our letters: lines of a paragraph break
// between pages, never leaving one line alone at either edge (widow and orphan control, on in the export's
// defaults); "keep lines together" moves a whole paragraph; "keep with next" chains a heading or a signature
// to what follows; table rows never split and a header row repeats; space before is dropped at a page's top.
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

export interface LaidPage {
  fragments: Fragment[];
}

export interface PageFrame {
  /** Where the body starts on the page (0-based within this run of pages). */
  top: (page: number) => number;
  bottom: number;
}

const EPSILON = 0.01;
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
  let page: LaidPage = { fragments: [] };
  let y = frame.top(0);
  const room = (index: number) => frame.bottom - frame.top(index);
  const newPage = () => {
    pages.push(page);
    page = { fragments: [] };
    y = frame.top(pages.length);
  };
  const empty = () => page.fragments.length === 0;

  blocks.forEach((block, index) => {
    if (block.pageBreakBefore && !empty()) newPage();
    const previous = blocks[index - 1];
    const spaceAbove = () => (empty() || !previous ? 0 : gap(previous, block));
    if (block.keepNext && !empty() && !previous?.keepNext) {
      const chain = spaceAbove() + chainHeight(blocks, index);
      if (y + chain > frame.bottom + EPSILON && chain <= room(pages.length + 1)) newPage();
    }
    // Space before is dropped at the top of a page (kept on the first page and after a page break).
    if (!empty()) y += spaceAbove();
    else if (pages.length === 0 || block.pageBreakBefore) y += block.beforePt;
    const units = block.units;
    const header = block.headerUnits ?? 0;
    let from = 0;
    while (from < units.length) {
      const repeated = from > 0 && header > 0 && empty() ? header : 0;
      let used = sum(units.slice(0, repeated));
      let fit = 0;
      while (from + fit < units.length && y + used + units[from + fit]! <= frame.bottom + EPSILON) {
        used += units[from + fit]!;
        fit += 1;
      }
      const rest = units.length - from - fit;
      if (rest === 0) {
        page.fragments.push({ block: index, from, to: units.length, y, repeated });
        y += used;
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
      }
      page.fragments.push({ block: index, from, to: from + fit, y, repeated });
      from += fit;
      newPage();
    }
  });
  if (!empty() || pages.length === 0) pages.push(page);
  return pages;
}
