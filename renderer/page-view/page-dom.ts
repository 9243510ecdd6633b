// One page of the page view: a US Letter sheet with its header, its share of the body placed at the heights
// the pagination gave, and its footer. A paragraph split between pages shows only its lines for this page.
import { noteParagraph } from '../../core/page-layout/flow-types';
import type { FlowBlock, FlowNote } from '../../core/page-layout/flow-types';
import type { PageFurniture } from '../../core/page-layout/page-furniture';
import { LINE_PT } from '../../core/page-layout/page-geometry';
import type { Fragment } from '../../core/page-layout/paginate';
import { paragraphElement, tableElement } from './flow-dom';

export interface PageContent {
  /** "Page 3", counting every sheet, exhibits included. */
  label: string;
  /** Each block's share of the page, and how many lines (or rows) the whole block has. */
  fragments: { block: FlowBlock; fragment: Fragment; units: number }[];
  furniture: PageFurniture;
  /** Footnotes printed at the foot of the page, above the footer. */
  notes: FlowNote[];
}

const pt = (value: number) => `${value}pt`;

function fragmentElement(block: FlowBlock, fragment: Fragment, units: number): HTMLElement {
  const { from, to, y, repeated } = fragment;
  if (block.kind === 'table') {
    const rows = [
      ...Array.from({ length: repeated }, (_v, i) => i),
      ...Array.from({ length: to - from }, (_v, i) => from + i),
    ];
    const table = tableElement(block, rows);
    table.style.top = pt(y);
    return table;
  }
  const element = paragraphElement(block);
  if (from === 0 && to === units) {
    element.style.top = pt(y);
    return element;
  }
  const window = document.createElement('div');
  window.className = 'pv-slice';
  window.style.top = pt(y);
  window.style.height = pt((to - from) * LINE_PT);
  element.style.position = 'static';
  element.style.marginTop = pt(-from * LINE_PT);
  window.append(element);
  return window;
}

function furnitureElement(className: string, blocks: PageFurniture['header']): HTMLElement {
  const element = document.createElement('div');
  element.className = className;
  for (const block of blocks) {
    const paragraph = paragraphElement(block);
    paragraph.style.position = 'static';
    paragraph.style.marginTop = pt(block.beforePt);
    paragraph.style.marginBottom = pt(block.afterPt);
    element.append(paragraph);
  }
  return element;
}

export function pageElement(content: PageContent): HTMLElement {
  const page = document.createElement('section');
  page.className = 'pv-page';
  page.setAttribute('aria-label', content.label);
  page.append(furnitureElement('pv-header', content.furniture.header));
  const body = document.createElement('div');
  body.className = 'pv-body';
  for (const { block, fragment, units } of content.fragments)
    body.append(fragmentElement(block, fragment, units));
  page.append(body);
  if (content.notes.length > 0) {
    const notes = furnitureElement('pv-notes', content.notes.map(noteParagraph));
    notes.setAttribute('aria-label', 'Footnotes');
    notes.setAttribute('role', 'note');
    page.append(notes);
  }
  page.append(furnitureElement('pv-footer', content.furniture.footer));
  return page;
}
