// A whole record's exhibit pages in the page view, as the export sets them (core/docx/exhibit-record-pages.ts):
// its cover, then one sheet per record page with the page's picture fitted inside the margins, the label it
// will be stamped with where the production stamps it (the viewer's BatesStamp), its boxes and redacted phrases
// black (where the production blacks them out), and
// "Exhibit A" at the foot. The picture is drawn by the viewer's PageCanvas, once the sheet comes near the screen.
import { createRoot, type Root } from 'react-dom/client';
import { fittedSize } from '../../core/docx/fitted-size';
import type { ExhibitSection } from '../../core/page-layout/flow-exhibits';
import { exhibitFurniture } from '../../core/page-layout/page-furniture';
import type { PageSpec } from '../../core/page-layout/page-spec';
import { recordPlan } from '../../core/page-layout/record-plan';
import { BatesStamp } from '../pages/bates-stamp';
import { PageCanvas } from '../pages/page-canvas';
import { phraseBoxName } from '../pages/redaction-layer';
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
  const phrases = pages.info.phraseBoxes?.[index];
  return JSON.stringify([
    documents.get(pages.doc),
    exhibit,
    index,
    pages.info.labels[index],
    boxes,
    phrases,
    ...rest,
  ]);
}

/** The sheets with a picture now, and how to draw each again with another margin of sight. */
const live = new Map<HTMLElement, { root: Root; draw: (margin: string) => void }>();
/** A picture is drawn once its sheet is within this distance of the sheets' visible area. */
const NEAR = '1200px 0px';
/** Far enough for every sheet: what print asks for. */
const EVERYWHERE = '1000000px 0px';

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
  const stampBox = pages.info.labelBoxes?.[index];
  const boxes = pages.boxes.filter((box) => box.page === index + 1);
  const phrases = pages.info.phraseBoxes?.[index] ?? [];
  // Sight is measured within the scrolling sheets once the sheet is among them.
  const scroller = {
    get current() {
      return holder.closest<HTMLElement>('.pv-pages');
    },
  };
  const root = createRoot(holder);
  const draw = (margin: string) =>
    root.render(
      <PageCanvas
        doc={pages.doc}
        page={index + 1}
        scale={scale}
        guess={size}
        root={scroller}
        name={pictureName(pages, exhibit, index)}
        margin={margin}
      >
        {() => (
          <>
            {boxes.map((box) => (
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
            {phrases.map((box, i) => (
              <span
                key={`phrase-${i}`}
                className="pv-picture-box"
                role="img"
                aria-label={phraseBoxName(box)}
                style={{
                  left: box.rect.x * scale,
                  top: box.rect.y * scale,
                  width: box.rect.width * scale,
                  height: box.rect.height * scale,
                }}
              />
            ))}
            {stampBox && (
              <BatesStamp label={stamp} box={stampBox} size={pages.info.labelSize} scale={scale} />
            )}
          </>
        )}
      </PageCanvas>,
    );
  draw(NEAR);
  live.set(sheet, { root, draw });
  return sheet;
}

/** Lets go of a sheet no longer shown (its picture's React root). */
export function disposeSheet(sheet: HTMLElement): void {
  live.get(sheet)?.root.unmount();
  live.delete(sheet);
}

const PRINT_WAIT_MS = 60_000;

/**
 * Draws every picture sheet shown, not only those near sight, and resolves once they are drawn (or after a
 * minute): print needs them all. Sight goes back to near after printing.
 */
export async function drawEveryPicture(): Promise<void> {
  const shown = [...live].filter(([sheet]) => sheet.isConnected);
  if (shown.length === 0) return;
  document.documentElement.classList.add('pv-drawing-all');
  shown.forEach(([, entry]) => entry.draw(EVERYWHERE));
  window.addEventListener(
    'afterprint',
    () => {
      document.documentElement.classList.remove('pv-drawing-all');
      shown.forEach(([sheet, entry]) => live.has(sheet) && entry.draw(NEAR));
    },
    { once: true },
  );
  const started = performance.now();
  const undrawn = () => shown.some(([sheet]) => !sheet.querySelector('.page-sheet[data-drawn="true"]'));
  while (undrawn() && performance.now() - started < PRINT_WAIT_MS)
    await new Promise((resolve) => setTimeout(resolve, 100));
}
