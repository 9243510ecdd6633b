// The page viewer's channels of the API contract (spread into ./contract, their method names into
// ./desk-api): a record's pages as one PDF with the Bates label each page will be stamped with, a library
// source's own PDF, and a box blacked out on a record's page. PDFs travel as base64 (JSON over HTTP, and the
// same value over IPC): a small one whole, a large one by ranges as pdf.js asks for them; a caller that
// already holds the bytes names their SHA-256 and gets none back.
import { z } from 'zod';
import { matterFileSchema } from '../matter-file/matter-file';
import { phraseRedactionSchema, redactionRectSchema, type BoxRedaction } from '../production/redaction';
import type { Rect } from '../production/page-geometry';
import type { RecordStatus } from '../records/record';
import { channel } from './channel';

/** A PDF up to this size is sent whole; a larger one is read by ranges of at most PDF_RANGE_BYTES. */
export const PDF_SENT_WHOLE_BYTES = 4 * 1024 * 1024;
export const PDF_RANGE_BYTES = 4 * 1024 * 1024;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex');

/** What the Bates plan of a record's pages is made from: the records in order, their files and numbering. */
export const pagesPartsSchema = matterFileSchema.pick({
  records: true,
  excerpts: true,
  exhibitSettings: true,
  productions: true,
});

export const recordPagesRequest = z.object({
  parts: pagesPartsSchema,
  recordId: z.string().min(1, 'needs a record id'),
  /** The SHA-256 of the PDF the viewer holds already: when it is still the record's, no bytes are sent. */
  known: sha256.optional(),
  /** The matter's phrases redacted in every record (MatterFile.productionRedactions), blacked out with its own. */
  productionRedactions: z.array(phraseRedactionSchema).optional(),
});

export const sourcePagesRequest = z.object({
  id: z.string().min(1, 'needs a source id').max(100),
  known: sha256.optional(),
});

export const pagesRangeRequest = z
  .object({
    /** The PDF, as a pages:record or pages:source answer named it. */
    sha256,
    begin: z.number().int().nonnegative(),
    /** Exclusive. */
    end: z.number().int().positive(),
  })
  .refine((r) => r.end > r.begin && r.end - r.begin <= PDF_RANGE_BYTES, {
    message: `must name between 1 byte and ${PDF_RANGE_BYTES} bytes (begin < end)`,
  });

export const addBoxRequest = z.object({
  parts: matterFileSchema.pick({ records: true, excerpts: true, redactionReasons: true }),
  recordId: z.string().min(1, 'needs a record id'),
  /** The page of the record, from 1. */
  page: z.number().int().positive(),
  /** Points from the top-left corner of the page as it is seen. */
  rect: redactionRectSchema,
  reason: z.string().max(500),
});

/** A PDF for the viewer: its bytes when small (empty when the caller's `known` hash still matches, or when it
 *  is large: then pages:range reads it), its size and its pages. */
export interface PagesPdf {
  sha256: string;
  base64: string;
  byteLength: number;
  pageCount: number;
}

export interface RecordPagesView extends PagesPdf {
  /** The Bates number each page will be stamped with, in order; empty when the record is not produced. */
  labels: string[];
  /** Where each label will be stamped (its box, 2 points wider than its text on each side): points from the
   *  top-left corner of the page as seen, as the production decides it. */
  labelBoxes: Rect[];
  /** The label's font size in points (Helvetica Bold), its baseline `labelSize * 0.2 + 2` above its box's bottom. */
  labelSize: number;
  /** Why the pages carry no labels, or that they are the numbers it went out with; empty otherwise. */
  note: string;
  /** Per page, in order: where the production will black out a redacted phrase (the record's own and the
   *  matter's), seen coordinates as for box redactions. */
  phraseBoxes: PhraseBox[][];
}

/** A redacted phrase's black box on a page, as the production places it. */
export interface PhraseBox {
  /** Points from the top-left corner of the page as seen. */
  rect: Rect;
  reason: string;
  phrase: string;
}

export interface SourcePagesView extends PagesPdf {
  /** True when the source is not a PDF and these are its printed pages. */
  printed: boolean;
}

/** The box as kept in the record, and what the record became (a redacted record is partly withheld). */
export interface BoxAdded {
  box: BoxRedaction;
  status: RecordStatus;
  basis: string;
  reasonAdded: boolean;
}

export const pagesChannels = {
  /** A record's pages as produced (its PDF's pages, or its file printed) with their planned Bates labels. */
  'pages:record': channel<typeof recordPagesRequest, RecordPagesView>(recordPagesRequest),
  /** A library source's own PDF (or its printed pages), for the reader's page images. */
  'pages:source': channel<typeof sourcePagesRequest, SourcePagesView>(sourcePagesRequest),
  /** Bytes [begin, end) of a PDF shown lately (a large one is read this way, as pdf.js needs its parts). */
  'pages:range': channel<typeof pagesRangeRequest, { base64: string }>(pagesRangeRequest),
  /** Checks a box drawn on a record's page against its real pages and the matter's reasons. */
  'pages:add-box': channel<typeof addBoxRequest, BoxAdded>(addBoxRequest),
} as const;
