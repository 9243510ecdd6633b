// A whole record's exhibit pages in the page view, as the export sets them (core/docx/exhibit-record-pages.ts):
// its cover, then one sheet per record page with the page's picture fitted inside the margins, the label it
// will be stamped with where the production stamps it (the viewer's BatesStamp), its boxes black, and
// "Exhibit A" at the foot. The picture is drawn by the viewer's PageCanvas, once the sheet comes near the screen.
import { createRoot, type Root } from 'react-dom/client';
import { fittedSize } from '../../core/docx/fitted-size';
import type { ExhibitSection } from '../../core/page-layout/flow-exhibits';
import { exhibitFurniture } from '../../core/page-layout/page-furniture';
import type { PageSpec } from '../../core/page-layout/page-spec';
import { recordPlan } from '../../core/page-layout/record-plan';
import { BatesStamp } from '../pages/bates-stamp';
import { PageCanvas } from '../pages/page-canvas';
import { pageElement } from './page-dom';
import type { RecordPages, RecordPagesState } from './record-pages-state';
import '../pages/pages.css';

/** What a section lays out as text, and the record's pictures after it when they are known. */
export interface SectionPlan {
  blocks: ExhibitSection['blocks'];
  footer: ExhibitSection['footer'];
  pictures?: RecordPages;
}

/** The exhibit as the export will send it, given what is known of its record's pages (record-plan.ts). */
export function sectionPlan(exhibit: ExhibitSection, state: RecordPagesState | undefined): SectionPlan {
  const known =
    state?.status === 'ready'
      ? { pages: state.pages.sizes.length }
      : state?.status === 'failed'
        ? 'failed'
        : state && 'preparing';
  const plan = recordPlan(exhibit, known);
  return plan.pictures > 0 && state?.status === 'ready'
    ? { ...plan, pictures: state.pages }
    : { blocks: plan.blocks, footer: plan.footer };
}

/** The label stamped on page `index` (from 0): its Bates number, or "Exhibit A, page 2" without numbering. */
export const stampOf = (pages: RecordPages, exhibit: string, index: number): string =>
  pages.info.labels[index] ?? `Exhibit ${exhibit}, page ${index + 1}`;

/** The picture's name, as the export's alt text: "Exhibit A, page 2 of 5, CITY-000121". */
export const pictureName = (pages: RecordPages, exhibit: string, index: number): string => {
  const label = pages.info.labels[index];
  return `Exhibit ${exhibit}, page ${index + 1} of ${pages.sizes.length}${label ? `, ${label}` : ''}`;
};

const documents = new WeakMap<object, number>();
let documentCount = 0;

/** What a picture sheet shows, to reuse it while that stays the same (the document itself included). */
export function pictureKey(pages: RecordPages, exhibit: string, index: number, rest: unknown[]): string {
  if (!documents.has(pages.doc)) documents.set(pages.doc, ++documentCount);
  const boxes = pages.boxes.filter((box) => box.page === index + 1);
  return JSON.stringify([documents.get(pages.doc), exhibit, index, pages.info.labels[index], boxes, ...rest]);
}

const roots = new WeakMap<HTMLElement, Root>();
const NO_ROOT = { current: null };

export interface PictureSheet {
  spec: PageSpec;
  /** "Page 14", counting every sheet. */
  label: string;
  exhibit: string;
  pages: RecordPages;
  /** From 0. */
  index: number;
  /** Where the body starts on the page, in points. */
  topPt: number;
}

export function pictureSheet({ spec, label, exhibit, pages, index, topPt }: PictureSheet): HTMLElement {
  const sheet = pageElement({
    label,
    furniture: exhibitFurniture(spec, `Exhibit ${exhibit}`),
    fragments: [],
    notes: [],
  });
  const size = pages.sizes[index]!;
  const fitted = fittedSize(size.width, size.height);
  const scale = fitted.width / size.width;
  const holder = document.createElement('div');
  holder.className = 'pv-picture';
  holder.style.top = `${topPt}pt`;
  sheet.querySelector('.pv-body')!.append(holder);
  const stamp = stampOf(pages, exhibit, index);
  const box = pages.info.labelBoxes?.[index];
  const root = createRoot(holder);
  root.render(
    <PageCanvas
      doc={pages.doc}
      page={index + 1}
      scale={scale}
      guess={size}
      root={NO_ROOT}
      name={pictureName(pages, exhibit, index)}
      margin="1200px 0px"
    >
      {() => (
        <>
          {pages.boxes
            .filter((box) => box.page === index + 1)
            .map((box) => (
              <span
                key={box.id}
                className="pv-picture-box"
                style={{
                  left: box.rect.x * scale,
                  top: box.rect.y * scale,
                  width: box.rect.width * scale,
                  height: box.rect.height * scale,
                }}
              />
            ))}
          {box && <BatesStamp label={stamp} box={box} size={pages.info.labelSize} scale={scale} />}
        </>
      )}
    </PageCanvas>,
  );
  roots.set(sheet, root);
  return sheet;
}

/** Lets go of a sheet no longer shown (its picture's React root). */
export function disposeSheet(sheet: HTMLElement): void {
  roots.get(sheet)?.unmount();
  roots.delete(sheet);
}
