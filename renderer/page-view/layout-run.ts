// Lays a document out into page elements in slices: blocks are measured a few milliseconds at a time, with the
// main thread handed back between slices so typing is never held up, and the first pages are handed over as
// soon as they are settled. Pages whose content did not change are reused from the last layout. A whole record
// enclosed as its own pages adds one picture sheet per record page after its cover (record-sheet.tsx).
import type { FlowBlock, FlowNote } from '../../core/page-layout/flow-types';
import { exhibitFurniture, letterFurniture } from '../../core/page-layout/page-furniture';
import type { PageFurniture } from '../../core/page-layout/page-furniture';
import { BODY_BOTTOM_PT, bodyTop } from '../../core/page-layout/page-geometry';
import type { PageSpec } from '../../core/page-layout/page-spec';
import { paginate } from '../../core/page-layout/paginate';
import type { LaidPage, MeasuredBlock } from '../../core/page-layout/paginate';
import { blockKey, furnitureHeight, measureBlocks } from './measure';
import { pageElement } from './page-dom';
import type { PageContent } from './page-dom';
import type { RecordPagesState } from './record-pages-state';
import { pictureKey, pictureSheet, sectionPlan, type SectionPlan } from './record-sheet';

/** How long one slice of work may hold the main thread. */
const SLICE_MS = 5;

export interface LayoutRun {
  cancelled: boolean;
}

interface Section {
  blocks: readonly FlowBlock[];
  keys: string[];
  measured: MeasuredBlock[];
  furniture: (page: number, letterPages?: number) => PageFurniture;
  /** The exhibit's label and its record's pages, drawn after the section's text pages. */
  pictures?: { exhibit: string; pages: NonNullable<SectionPlan['pictures']> };
}

type PostTask = (task: () => void, options: { priority: string }) => Promise<void>;

/** Lets the browser handle input and paint before the next slice. */
const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'user-visible' });
  return new Promise((resolve) => setTimeout(resolve, 0));
};

const headerTop = (furniture: PageFurniture) => {
  const keys = furniture.header.map(blockKey);
  return bodyTop(furnitureHeight(measureBlocks(furniture.header, keys)));
};

function sections(spec: PageSpec, records?: (id: string) => RecordPagesState): Section[] {
  const section = (blocks: readonly FlowBlock[], furniture: Section['furniture']): Section => ({
    blocks,
    keys: [],
    measured: [],
    furniture,
  });
  return [
    section(spec.body, (page, total) => letterFurniture(spec, page, total)),
    ...spec.exhibits.map((exhibit) => {
      const plan = sectionPlan(exhibit, exhibit.record && records?.(exhibit.record.id));
      const made = section(plan.blocks, (page) => exhibitFurniture(spec, plan.footer(page)));
      return plan.pictures
        ? { ...made, pictures: { exhibit: exhibit.record!.label, pages: plan.pictures } }
        : made;
    }),
  ];
}

function frameOf(spec: PageSpec, index: number) {
  if (index > 0) {
    const top = headerTop(exhibitFurniture(spec, ''));
    return { top: () => top, bottom: BODY_BOTTOM_PT };
  }
  const first = headerTop(letterFurniture(spec, 0, 1));
  const later = headerTop(letterFurniture(spec, 1, 1));
  return { top: (page: number) => (page === 0 ? first : later), bottom: BODY_BOTTOM_PT };
}

/** The footnotes at the page's foot, as the pagination placed them. */
function pageNotes(section: Section, page: LaidPage): FlowNote[] {
  return page.notes.flatMap(({ block, note }) => {
    const flow = section.blocks[block];
    const found = flow?.kind === 'paragraph' ? flow.notes?.[note] : undefined;
    return found ? [found] : [];
  });
}

function contents(
  section: Section,
  pages: LaidPage[],
  firstNumber: number,
  letterPages?: number,
): PageContent[] {
  return pages.map((page, index) => ({
    label: `Page ${firstNumber + index}`,
    furniture: section.furniture(index, letterPages),
    fragments: page.fragments.map((fragment) => ({
      block: section.blocks[fragment.block]!,
      fragment,
      units: section.measured[fragment.block]!.units.length,
    })),
    notes: pageNotes(section, page),
  }));
}

const signature = (content: PageContent, keys: string[]): string =>
  JSON.stringify([
    content.label,
    content.furniture,
    content.fragments.map((f) => [keys[f.fragment.block], f.fragment]),
    content.notes,
  ]);

export interface LayoutOptions {
  /** Pages newly settled, in order, while the layout is still running (the first layout shows them at once). */
  onProgress?: (fresh: HTMLElement[]) => void;
  /** Pages of the last layout by content, to reuse where nothing changed. */
  reuse?: Map<string, HTMLElement>;
  /** Resolves when the next slice may run (the page view waits while keys are being typed). */
  idle?: () => Promise<void>;
  /** What is known of a whole record's own pages; without it, such exhibits are laid out as text. */
  records?: (id: string) => RecordPagesState;
}

/** Lays out every page; null when cancelled. The returned map is the reuse map for the next run. */
export async function layOutPages(
  spec: PageSpec,
  run: LayoutRun,
  options: LayoutOptions = {},
): Promise<{ pages: HTMLElement[]; bySignature: Map<string, HTMLElement>; letterPages: number } | null> {
  await document.fonts.ready;
  const all = sections(spec, options.records);
  const frames = all.map((_section, index) => frameOf(spec, index));
  let shown = 0;
  for (const [index, section] of all.entries()) {
    let next = 0;
    let batch = 20;
    while (next < section.blocks.length) {
      const started = performance.now();
      const end = Math.min(section.blocks.length, next + batch);
      const blocks = section.blocks.slice(next, end);
      const keys = blocks.map(blockKey);
      section.keys.push(...keys);
      section.measured.push(...measureBlocks(blocks, keys));
      next = end;
      const spent = performance.now() - started;
      batch = Math.max(5, Math.min(400, Math.round((batch * SLICE_MS) / Math.max(spent, 0.5))));
      if (index === 0 && options.onProgress && next < section.blocks.length) {
        // Pages before the last two cannot change as more blocks are measured.
        const settled = paginate(section.measured, frames[0]!).slice(0, -2);
        if (settled.length > shown) {
          const fresh = contents(section, settled, 1).slice(shown).map(pageElement);
          shown = settled.length;
          options.onProgress(fresh);
        }
      }
      await yieldToMain();
      await options.idle?.();
      if (run.cancelled) return null;
    }
  }
  const laid = all.map((section, index) => paginate(section.measured, frames[index]!));
  const letterPages = laid[0]!.length;
  const pages: HTMLElement[] = [];
  const bySignature = new Map<string, HTMLElement>();
  let number = 1;
  let started = performance.now();
  for (const [index, section] of all.entries()) {
    const sheets = contents(section, laid[index]!, number, letterPages).map((content) => ({
      key: signature(content, section.keys),
      make: () => pageElement(content),
    }));
    const { pictures } = section;
    const top = frames[index]!.top(0);
    pictures?.pages.sizes.forEach((_size, at) => {
      const label = `Page ${number + sheets.length}`;
      const key = pictureKey(pictures.pages, pictures.exhibit, at, [label, top, spec.markDraft]);
      sheets.push({ key, make: () => pictureSheet({ spec, label, ...pictures, index: at, topPt: top }) });
    });
    for (const { key, make } of sheets) {
      const page = options.reuse?.get(key) ?? make();
      options.reuse?.delete(key);
      bySignature.set(key, page);
      pages.push(page);
      if (performance.now() - started > SLICE_MS) {
        await yieldToMain();
        await options.idle?.();
        if (run.cancelled) return null;
        started = performance.now();
      }
    }
    number += sheets.length;
  }
  return { pages, bySignature, letterPages };
}
