// Measures flow blocks with the browser's own line layout: each block is drawn in a hidden column of the
// page's text width, and its line count (or its table rows' heights) read back. Results are kept by the
// block's content, so after an edit only the changed blocks are measured again.
import { noteParagraph } from '../../core/page-layout/flow-types';
import type { FlowBlock } from '../../core/page-layout/flow-types';
import { LINE_PT, PX_PER_PT, TEXT_WIDTH_PT } from '../../core/page-layout/page-geometry';
import type { MeasuredBlock } from '../../core/page-layout/paginate';
import { paragraphElement, tableElement } from './flow-dom';

const CACHE_LIMIT = 50_000;
interface Measure {
  units: number[];
  notes?: MeasuredBlock['notes'];
}

const cache = new Map<string, Measure>();

export const blockKey = (block: FlowBlock): string => JSON.stringify(block);

/** The hidden column blocks are measured in; made once, outside the layout of everything else. */
function column(): HTMLElement {
  let host = document.getElementById('pv-measure');
  if (!host) {
    host = document.createElement('div');
    host.id = 'pv-measure';
    host.className = 'pv-measure';
    host.setAttribute('aria-hidden', 'true');
    host.style.width = `${TEXT_WIDTH_PT}pt`;
    document.body.append(host);
  }
  return host;
}

function described(block: FlowBlock, { units, notes }: Measure): MeasuredBlock {
  if (block.kind === 'table') {
    let headerUnits = 0;
    while (block.rows[headerUnits]?.header) headerUnits += 1;
    return {
      units,
      beforePt: 0,
      afterPt: 0,
      keepNext: false,
      keepLines: false,
      pageBreakBefore: block.pageBreakBefore,
      widowControl: false,
      headerUnits,
    };
  }
  return {
    units,
    beforePt: block.beforePt,
    afterPt: block.afterPt + (block.rule ? block.rule.widthPt + block.rule.spacePt : 0),
    keepNext: block.keepNext,
    keepLines: block.keepLines,
    pageBreakBefore: block.pageBreakBefore,
    widowControl: true,
    ...(notes ? { notes } : {}),
  };
}

const ptOf = (px: number) => px / PX_PER_PT;
const linesOf = (element: Element) =>
  Math.max(1, Math.round(ptOf(element.getBoundingClientRect().height) / LINE_PT));

/** A table rule's width: LibreOffice counts it once between rows (the screen draws it a whole pixel wide). */
const RULE_PT = 0.5;

/**
 * Each row's height as LibreOffice sets it: its tallest cell (each paragraph's lines, with the cell paragraphs'
 * space before and after between and around them, the larger of two meeting spaces counted once) and one rule.
 */
function rowHeights(table: Element, spacingPt: number): number[] {
  return [...table.querySelectorAll('tr')].map((tr, index) => {
    const cells = [...tr.children].map((td) => {
      const paragraphs = [...td.children];
      const lines = paragraphs.reduce((total, p) => total + linesOf(p), 0);
      return lines * LINE_PT + spacingPt * (paragraphs.length + 1);
    });
    return Math.max(LINE_PT + 2 * spacingPt, ...cells) + RULE_PT * (index === 0 ? 2 : 1);
  });
}

/** Measures the blocks (one layout of the hidden column for all of them) and returns them in order. */
export function measureBlocks(blocks: readonly FlowBlock[], keys: readonly string[]): MeasuredBlock[] {
  const pending: { index: number; element: HTMLElement; notes: HTMLElement[] }[] = [];
  const chunk = document.createElement('div');
  blocks.forEach((block, index) => {
    if (cache.has(keys[index]!)) return;
    const element =
      block.kind === 'table'
        ? tableElement(
            block,
            block.rows.map((_row, row) => row),
          )
        : paragraphElement({ ...block, rule: undefined });
    const notes =
      block.kind === 'paragraph' ? (block.notes ?? []).map((n) => paragraphElement(noteParagraph(n))) : [];
    chunk.append(element, ...notes);
    pending.push({ index, element, notes });
  });
  if (pending.length > 0) {
    column().append(chunk);
    for (const { index, element, notes } of pending) {
      const block = blocks[index]!;
      const measure: Measure =
        block.kind === 'table'
          ? { units: rowHeights(element, block.cellPaddingPt) }
          : { units: Array.from({ length: linesOf(element) }, () => LINE_PT) };
      if (notes.length > 0) {
        // The line of each mark: how far its middle is below the paragraph's top, in lines.
        const top = element.getBoundingClientRect().top;
        const marks = [...element.querySelectorAll('sup')];
        measure.notes = notes.map((note, at) => {
          const mark = marks[at]?.getBoundingClientRect();
          const middle = mark ? (mark.top + mark.bottom) / 2 - top : 0;
          const unit = Math.floor(ptOf(middle) / LINE_PT);
          return {
            unit: Math.max(0, Math.min(measure.units.length - 1, unit)),
            heightPt: linesOf(note) * LINE_PT,
          };
        });
      }
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(keys[index]!, measure);
    }
    chunk.remove();
  }
  return blocks.map((block, index) => described(block, cache.get(keys[index]!)!));
}

/** Height of a header or footer in points: its paragraphs' lines and spacing. */
export const furnitureHeight = (measured: readonly MeasuredBlock[]): number =>
  measured.reduce(
    (total, block) => total + block.beforePt + block.units.reduce((a, b) => a + b, 0) + block.afterPt,
    0,
  );
