// Measures flow blocks with the browser's own line layout: each block is drawn in a hidden column of the
// page's text width, and its line count (or its table rows' heights) read back. Results are kept by the
// block's content, so after an edit only the changed blocks are measured again.
import type { FlowBlock } from '../../core/page-layout/flow-types';
import { LINE_PT, PX_PER_PT, TEXT_WIDTH_PT } from '../../core/page-layout/page-geometry';
import type { MeasuredBlock } from '../../core/page-layout/paginate';
import { paragraphElement, tableElement } from './flow-dom';

const CACHE_LIMIT = 50_000;
const cache = new Map<string, number[]>();

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

function described(block: FlowBlock, units: number[]): MeasuredBlock {
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
  };
}

const ptOf = (px: number) => px / PX_PER_PT;

/** Measures the blocks (one layout of the hidden column for all of them) and returns them in order. */
export function measureBlocks(blocks: readonly FlowBlock[], keys: readonly string[]): MeasuredBlock[] {
  const pending: { index: number; element: HTMLElement }[] = [];
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
    chunk.append(element);
    pending.push({ index, element });
  });
  if (pending.length > 0) {
    column().append(chunk);
    for (const { index, element } of pending) {
      const block = blocks[index]!;
      const units =
        block.kind === 'table'
          ? [...element.querySelectorAll('tr')].map((tr) => ptOf(tr.getBoundingClientRect().height))
          : Array.from(
              { length: Math.max(1, Math.round(ptOf(element.getBoundingClientRect().height) / LINE_PT)) },
              () => LINE_PT,
            );
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(keys[index]!, units);
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
