// A record's own pages as pictures for an exhibit, made by the production's own code so the pages a letter
// encloses and the pages a volume produces cannot differ: the record's PDF (record-sources.ts: a PDF as it is,
// any other file printed), Bates-stamped with its redactions burned in (produce-record.ts), checked for a
// redacted phrase left readable (leftover-check.ts), then each page drawn as a picture. Kept in a cache.
import type { Excerpt } from '../../../core/excerpts/excerpt';
import type { MatterRecord } from '../../../core/records/record';
import type { PhraseRedaction } from '../../../core/production/redaction';
import { renderPdfPages } from '../pages-render/render-pdf-pages';
import { findLeftovers } from '../production/leftover-check';
import type { OriginalsStore } from '../production/originals-store';
import { sha256Hex } from '../production/originals-store';
import type { HtmlPrinter } from '../production/printer';
import { produceRecord } from '../production/produce-record';
import { recordSources } from '../production/record-sources';
import { pageImagesKey, type CachedPage, type PageImageCache } from './page-image-cache';

/** 150 dots per inch: type stays readable on screen and on paper; a full page of text is about 110 KB in 16 greys. */
export const EXHIBIT_PAGE_DPI = 150;
/** Bumped whenever the pictures are drawn differently, so pictures kept in the cache are not reused. */
const DRAWING_VERSION = 'e2';

/** Thrown with what stands in the way, in words that finish "not its own pages: …". */
export class RecordPagesUnavailable extends Error {}

export interface Numbering {
  prefix: string;
  digits: number;
  first: number;
}

export interface RecordPagesRequest {
  record: MatterRecord;
  /** Place in the records list, from 0 (messages say "record 3"). */
  index: number;
  excerpts: readonly Excerpt[];
  numbering: Numbering;
  /** The matter's redactions for every record, with the record's own. */
  everywhere: readonly PhraseRedaction[];
  store: OriginalsStore;
  cache: PageImageCache;
  printer: () => Promise<HtmlPrinter>;
}

/** The record's PDF as the production takes it; its problem (file missing, cannot print) as a message. */
export async function recordPdfFor(
  request: Pick<RecordPagesRequest, 'record' | 'index' | 'excerpts' | 'store' | 'printer'>,
): Promise<Uint8Array> {
  const { record, index, excerpts, store, printer } = request;
  const sources = await recordSources([{ record, index }], excerpts, store, printer);
  return sources.get(record.id)!.pdf;
}

export async function recordPageImages(request: RecordPagesRequest): Promise<CachedPage[]> {
  const { record, numbering } = request;
  const pdf = await recordPdfFor(request);
  const phrases = [...record.redactions.filter((r) => r.kind === 'phrase'), ...request.everywhere];
  const boxes = record.redactions.filter((r) => r.kind === 'box');
  const key = pageImagesKey([
    DRAWING_VERSION,
    String(EXHIBIT_PAGE_DPI),
    sha256Hex(pdf),
    JSON.stringify({ numbering, phrases, boxes }),
  ]);
  const kept = await request.cache.get(key);
  if (kept) return kept;
  const name = `record ${request.index + 1} (${record.description || record.id})`;
  const produced = await produceRecord({ name, pdf, ...numbering, phrases, boxes });
  const left = await findLeftovers(produced.bytes, produced.labels, [
    ...new Set(phrases.map((p) => p.phrase)),
  ]);
  if (left.length > 0)
    throw new RecordPagesUnavailable(
      `the redacted phrase "${left[0]!.phrase}" can still be read at ${left[0]!.where}; black out a box over it on that page (redact --box) and export again.`,
    );
  const drawn = await renderPdfPages(produced.bytes, EXHIBIT_PAGE_DPI);
  const pages = drawn.map((page, i): CachedPage => ({
    image: page.image,
    type: page.type,
    widthPt: page.widthPt,
    heightPt: page.heightPt,
    label: produced.labels[i]!,
  }));
  await request.cache.put(key, pages);
  return pages;
}
