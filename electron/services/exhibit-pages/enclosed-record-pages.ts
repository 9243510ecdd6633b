// The export's part in enclosing records as their own pages. For each exhibit the bind step encloses that is a
// whole source (not a quoted excerpt), the record's produced pages are drawn (record-page-images.ts) under the
// numbers the bind step gave it: the numbers it went out with, or the Bates plan's. A whole record whose own
// pages were never counted (attached in the app, not produced yet) is counted first and the letter bound again,
// so the index, the letter's Bates ranges and the stamped pages agree. Whatever cannot be drawn goes out as
// before (its text, or its slip sheet) and is reported as a problem.
import type { ExhibitPageImage } from '../../../core/docx/exhibit-record-pages';
import type { PreparedExhibit } from '../../../core/exhibits/exhibit-export';
import { wholeRecord } from '../../../core/exhibits/whole-record';
import type { MatterParts } from '../../../core/matter-file/matter-file';
import type { BindProblem, BoundDraft } from '../../../core/pipeline/bind-draft';
import { OriginalsStore } from '../production/originals-store';
import type { HtmlPrinter } from '../production/printer';
import { recordName } from '../production/record-sources';
import { noPagesProblem, whyNoPages } from './exhibit-pages-problem';
import { PageImageCache } from './page-image-cache';
import { recordPageImages, recordPdfFor, RecordPagesUnavailable, type Numbering } from './record-page-images';
import { loadRecordPdf } from '../production/load-record-pdf';

/** Where an export takes records' pages from: the library's originals, and a printer for non-PDF files. */
export interface ExhibitPagesSource {
  libraryDir: string;
  /** Starts a printer; called only when a record must be printed and no print of it is kept. */
  openPrinter: () => Promise<HtmlPrinter>;
}

export interface EnclosedRecordPages {
  bound: BoundDraft;
  images: Map<string, ExhibitPageImage[]>;
  problems: BindProblem[];
}

interface Work {
  store: OriginalsStore;
  cache: PageImageCache;
  printer: () => Promise<HtmlPrinter>;
}

/** The numbers stamped on the exhibit's pages, as the bind step gave them. */
function numberingOf(parts: MatterParts, exhibit: PreparedExhibit, id: string): Numbering {
  const record = parts.records.find((r) => r.id === id)!;
  if (record.produced) return { ...record.produced, first: record.produced.first };
  const { bates } = parts.exhibitSettings;
  if (bates.enabled) return { prefix: bates.prefix, digits: bates.digits, first: exhibit.range.first };
  // Without Bates numbering the pages are labelled as the exhibit's other pages are.
  return { prefix: `Exhibit ${exhibit.label}, page `, digits: 1, first: 1 };
}

/** Whole records enclosed whose own pages are not counted yet, counted from their files. */
async function countPages(parts: MatterParts, bound: BoundDraft, work: Work): Promise<Map<string, number>> {
  const counted = new Map<string, number>();
  for (const exhibit of bound.docx.exhibitSet?.exhibits ?? []) {
    const whole = wholeRecord(parts, exhibit.id);
    if (!whole || whole.record.printedPages > 0) continue;
    try {
      const pdf = await recordPdfFor({ ...whole, excerpts: parts.excerpts, ...work });
      counted.set(exhibit.id, (await loadRecordPdf(pdf, whole.excerpt.sourceTitle)).getPageCount());
    } catch {
      // Reported when its pages are drawn, below, where the same cause stops them again.
    }
  }
  return counted;
}

async function drawExhibit(
  parts: MatterParts,
  bound: BoundDraft,
  exhibit: PreparedExhibit,
  work: Work,
): Promise<ExhibitPageImage[]> {
  const { record, index } = wholeRecord(parts, exhibit.id)!;
  const numbering = numberingOf(parts, exhibit, exhibit.id);
  const pages = await recordPageImages({
    record,
    index,
    excerpts: parts.excerpts,
    numbering,
    everywhere: parts.productionRedactions ?? [],
    ...work,
  });
  const view = bound.enclosed.find((v) => v.id === exhibit.id);
  if (record.printedPages === 0 || pages.length !== exhibit.pageCount)
    throw new RecordPagesUnavailable(
      `its file has ${pages.length} page${pages.length === 1 ? '' : 's'} now, but the letter counts ${exhibit.pageCount}; produce it again or add its file again`,
    );
  if (view?.batesStart && view.batesStart !== pages[0]!.label)
    throw new RecordPagesUnavailable(
      `its first page would be stamped ${pages[0]!.label}, but the letter lists ${view.batesStart}`,
    );
  const stamped = numbering.prefix !== `Exhibit ${exhibit.label}, page `;
  return pages.map((page, i) => ({
    image: page.image,
    type: page.type,
    widthPt: page.widthPt,
    heightPt: page.heightPt,
    alt: `Exhibit ${exhibit.label}, page ${i + 1} of ${pages.length}${stamped ? `, ${page.label}` : ''}`,
  }));
}

export async function encloseRecordPages(
  source: ExhibitPagesSource,
  parts: MatterParts,
  first: BoundDraft,
  rebind: (parts: MatterParts) => Promise<BoundDraft>,
): Promise<EnclosedRecordPages> {
  let started: Promise<HtmlPrinter> | undefined;
  const work: Work = {
    store: new OriginalsStore(source.libraryDir),
    cache: new PageImageCache(source.libraryDir),
    printer: () => (started ??= source.openPrinter()),
  };
  try {
    const counted = await countPages(parts, first, work);
    const counts = counted.size > 0;
    const withCounts: MatterParts = counts
      ? {
          ...parts,
          records: parts.records.map((r) => ({ ...r, printedPages: counted.get(r.id) ?? r.printedPages })),
        }
      : parts;
    const bound = counts ? await rebind(withCounts) : first;
    const images = new Map<string, ExhibitPageImage[]>();
    const problems: BindProblem[] = [];
    for (const exhibit of bound.docx.exhibitSet?.exhibits ?? []) {
      const whole = wholeRecord(withCounts, exhibit.id);
      if (!whole) continue;
      try {
        images.set(exhibit.id, await drawExhibit(withCounts, bound, exhibit, work));
      } catch (error) {
        const name = recordName(whole.record, whole.index, whole.excerpt);
        problems.push(noPagesProblem(exhibit, whyNoPages(error, name, whole.excerpt.sourceTitle)));
      }
    }
    return { bound, images, problems };
  } finally {
    if (started) await (await started.catch(() => undefined))?.close();
  }
}
