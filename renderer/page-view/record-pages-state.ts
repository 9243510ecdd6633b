// The pages of each whole record the open draft encloses, as the page view shows them: asked of the
// `pages:record` channel (the page-image viewer's own: the record's pages as a PDF with the label each will be
// stamped with) and opened with pdf.js by the viewer's loader, so both share one kept document. While a record's
// pages are being made (a DOCX record is printed first) it is "preparing"; when they cannot be made (its
// original is missing) it has "failed", and the page view falls back to its text, as the export does. Once
// counted, a whole record's pages are stored in the matter (keepCountedPages), where every letter binds from.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { RecordPagesView } from '../../core/api/pages-channels';
import type { MatterFile } from '../../core/matter-file/matter-file';
import type { BoxRedaction } from '../../core/production/redaction';
import { desk } from '../api/desk-client';
import { store } from '../app/desk-store';
import { keepCountedPages } from '../library/record-commands';
import { loadPages } from '../pages/pdf-documents';

export interface RecordPages {
  doc: PDFDocumentProxy;
  info: RecordPagesView;
  /** Each page's size as seen, in points. */
  sizes: { width: number; height: number }[];
  /** The record's boxes, burned into the exported pictures, drawn black over the pages. */
  boxes: BoxRedaction[];
}

export type RecordPagesState =
  { status: 'preparing' } | { status: 'ready'; pages: RecordPages } | { status: 'failed'; message: string };

interface Entry {
  version: string;
  state: RecordPagesState;
}

const entries = new Map<string, Entry>();
const listeners = new Set<() => void>();

/** Calls `listener` whenever a record's pages become known (or fail); returns the unsubscribe. */
export function onRecordPages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What the record's pages and labels depend on: it and the records before it, the numbering, productions. */
function versionOf(file: MatterFile, index: number): string {
  const records = file.records.slice(0, index + 1).map((r) => [r.id, r.status, r.excerptId, r.printedPages]);
  const record = file.records[index]!;
  return JSON.stringify([
    records,
    record.produced ?? null,
    record.redactions,
    file.exhibitSettings.bates,
    file.productions.length,
    file.productionRedactions,
  ]);
}

async function load(file: MatterFile, recordId: string): Promise<RecordPagesState> {
  const { records, excerpts, exhibitSettings, productions, productionRedactions } = file;
  try {
    const { doc, info } = await loadPages<RecordPagesView>(`record:${recordId}`, (known) =>
      desk().recordPages({
        parts: { records, excerpts, exhibitSettings, productions },
        recordId,
        known,
        productionRedactions,
      }),
    );
    const sizes = await Promise.all(
      Array.from({ length: doc.numPages }, (_u, i) =>
        doc.getPage(i + 1).then((page) => {
          const seen = page.getViewport({ scale: 1 });
          return { width: seen.width, height: seen.height };
        }),
      ),
    );
    const record = records.find((r) => r.id === recordId);
    const boxes = (record?.redactions ?? []).filter((r): r is BoxRedaction => r.kind === 'box');
    return { status: 'ready', pages: { doc, info, sizes, boxes } };
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The record's pages as far as they are known, asking for them when the record changed since. Pages shown
 * before stay shown while new ones are asked for; listeners hear when the answer comes.
 */
export function recordPagesState(recordId: string): RecordPagesState {
  const file = store.get().file;
  const index = file?.records.findIndex((r) => r.id === recordId) ?? -1;
  if (!file || index < 0) return { status: 'failed', message: 'The record is no longer in the matter.' };
  const version = versionOf(file, index);
  const kept = entries.get(recordId);
  if (kept?.version === version) return kept.state;
  const entry: Entry = {
    version,
    state: kept?.state.status === 'ready' ? kept.state : { status: 'preparing' },
  };
  entries.set(recordId, entry);
  void load(file, recordId).then((state) => {
    if (entries.get(recordId) !== entry) return;
    entry.state = state;
    // The count goes into the matter first, so the letters bind with it before the page view lays out again.
    if (state.status === 'ready') keepCountedPages(recordId, state.pages.doc.numPages);
    listeners.forEach((listener) => listener());
  });
  return entry.state;
}
