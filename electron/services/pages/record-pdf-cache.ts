// The PDFs the viewer was sent last, as base64 with their SHA-256 and page count, so showing the same record
// or source again neither reads, cuts nor encodes it again. A few entries only: a PDF can be large.
import { sha256Hex } from '../production/originals-store';

export interface CachedPdf {
  sha256: string;
  base64: string;
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
    const made = { sha256: sha256Hex(pdf), base64: Buffer.from(pdf).toString('base64'), pageCount: pages };
    this.entries.set(key, made);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    return made;
  }
}

/** The answer to a viewer that may hold these bytes already (`known`): then without them. */
export const forViewer = (pdf: CachedPdf, known?: string): CachedPdf =>
  known === pdf.sha256 ? { ...pdf, base64: '' } : pdf;
