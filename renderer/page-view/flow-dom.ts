// Flow blocks (core/page-layout) as DOM elements in the page view's metrics: points become CSS points, every
// line exactly 12 pt high as LibreOffice sets the exported letter. The same elements are measured and shown.
import type { FlowParagraph, FlowRun, FlowTable } from '../../core/page-layout/flow-types';

const pt = (value: number) => `${value}pt`;

function runElement(run: FlowRun): Node {
  const plain = !run.bold && !run.italic && !run.underline && !run.placeholder && !run.sizePt;
  if (plain && run.noteNumber === undefined) return document.createTextNode(run.text);
  const span = document.createElement(run.noteNumber !== undefined ? 'sup' : 'span');
  span.textContent = run.text;
  if (run.bold) span.style.fontWeight = 'bold';
  if (run.italic) span.style.fontStyle = 'italic';
  if (run.underline) span.style.textDecoration = 'underline';
  if (run.sizePt) span.style.fontSize = pt(run.sizePt);
  if (run.placeholder) span.className = 'pv-placeholder';
  return span;
}

export function fillRuns(element: HTMLElement, runs: readonly FlowRun[]): void {
  for (const run of runs) element.append(runElement(run));
  // An empty paragraph still takes its line.
  if (runs.every((run) => run.text === '')) element.append('\u200B');
}

export function paragraphElement(block: FlowParagraph): HTMLElement {
  const element = document.createElement('div');
  element.className = 'pv-block';
  const style = element.style;
  if (block.sizePt !== 12) style.fontSize = pt(block.sizePt);
  if (block.bold) style.fontWeight = 'bold';
  if (block.italic) style.fontStyle = 'italic';
  if (block.align !== 'left') style.textAlign = block.align;
  if (block.leftPt) style.paddingLeft = pt(block.leftPt);
  if (block.rightPt) style.paddingRight = pt(block.rightPt);
  if (block.hangingPt) style.textIndent = pt(-block.hangingPt);
  if (block.label) {
    const label = document.createElement('span');
    label.className = 'pv-label';
    label.style.minWidth = pt(block.hangingPt);
    label.textContent = block.label.text;
    if (block.label.bold) label.style.fontWeight = 'bold';
    element.append(label);
  }
  fillRuns(element, block.runs);
  if (block.rule) {
    style.borderBottom = `${pt(block.rule.widthPt)} solid #000`;
    style.paddingBottom = pt(block.rule.spacePt);
  }
  return element;
}

/** The table with the given rows only (a page's share, its header rows repeated first). */
export function tableElement(block: FlowTable, rows: readonly number[]): HTMLTableElement {
  const table = document.createElement('table');
  table.className = 'pv-table';
  table.style.fontSize = pt(block.sizePt);
  const columns = document.createElement('colgroup');
  for (const width of block.widthsPt) {
    const col = document.createElement('col');
    col.style.width = pt(width);
    columns.append(col);
  }
  table.append(columns);
  const body = document.createElement('tbody');
  for (const index of rows) {
    const row = block.rows[index]!;
    const tr = document.createElement('tr');
    block.widthsPt.forEach((_width, column) => {
      const cell = row.cells[column];
      const td = document.createElement('td');
      td.style.paddingTop = td.style.paddingBottom = pt(block.cellPaddingPt);
      if (row.header) {
        td.style.fontWeight = 'bold';
        if (block.headerFill) td.style.background = block.headerFill;
      }
      if (cell?.align && cell.align !== 'left') td.style.textAlign = cell.align;
      const paragraphs = cell?.paragraphs.length ? cell.paragraphs : [[]];
      for (const runs of paragraphs) {
        const p = document.createElement('div');
        fillRuns(p, runs);
        td.append(p);
      }
      tr.append(td);
    });
    body.append(tr);
  }
  table.append(body);
  return table;
}
