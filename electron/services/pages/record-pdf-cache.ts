// The PDFs the viewer was shown last, kept by what they were made from (a record's file and pages, a source)
// and by their SHA-256, so showing one again neither reads, cuts nor prints it again, and a large one can be
// read by ranges (pages:range). A few entries only: a PDF can be large.
import type { PagesPdf } from '../../../core/api/pages-channels';
import { PDF_SENT_WHOLE_BYTES } from '../../../core/api/pages-channels';
import { sha256Hex } from '../production/originals-store';

export interface CachedPdf {
  sha256: string;
  bytes: Uint8Array;
  pageCount: number;
}

export class RecordPdfCache {
  private readonly entries = new Map<string, CachedPdf>();

  constructor(private readonly size = 8) {}

  async get(key: string, make: () => Promise<{ pdf: Uint8Array; pages: number }>): Promise<CachedPdf> {
    const kept = this.entries.get(key);
    if (kept) {
      // Most recently used last, so the oldest is dropped first.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept;
    }
    const { pdf, pages } = await make();
    const made = { sha256: sha256Hex(pdf), bytes: pdf, pageCount: pages };
    this.entries.set(key, made);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    return made;
  }

  /** Drops what was made from a file that is gone, so it is not shown as if it were still there. */
  forget(key: string): void {
    this.entries.delete(key);
  }

  /** The bytes of a PDF shown lately, by its SHA-256. */
  bySha256(sha256: string): Uint8Array | undefined {
    return [...this.entries.values()].find((e) => e.sha256 === sha256)?.bytes;
  }
}

/**
 * The answer to a viewer that may hold these bytes already (`known`): then without them. A large PDF is sent
 * without its bytes too; the viewer reads the parts it draws by range.
 */
export function forViewer(pdf: CachedPdf, known?: string): PagesPdf {
  const send = known !== pdf.sha256 && pdf.bytes.length <= PDF_SENT_WHOLE_BYTES;
  return {
    sha256: pdf.sha256,
    byteLength: pdf.bytes.length,
    pageCount: pdf.pageCount,
    base64: send ? Buffer.from(pdf.bytes).toString('base64') : '',
  };
}
