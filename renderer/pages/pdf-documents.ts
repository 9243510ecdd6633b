// pdf.js in the renderer: the normal build, its worker bundled by Vite and loaded from the app's own origin
// (the CSP allows scripts and workers from 'self' only), eval off. Documents are kept by a key (a record, a
// source) with the SHA-256 of their bytes, so a second view asks the app only whether they changed. A large
// PDF is read by ranges, as pdf.js needs its parts for the pages it draws.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { ApiResult } from '../../core/api/result';
import { PDF_RANGE_BYTES, type PagesPdf } from '../../core/api/pages-channels';
import { desk } from '../api/desk-client';

// pdf.js is loaded with the first pages shown, not with the app.
let pdfjs: Promise<typeof import('pdfjs-dist')> | undefined;
const loadPdfjs = () =>
  (pdfjs ??= import('pdfjs-dist').then((module) => {
    module.GlobalWorkerOptions.workerSrc = workerUrl;
    return module;
  }));

function bytesOf(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

const OPTIONS = { isEvalSupported: false, enableXfa: false } as const;

/** Bytes [begin, end) of a PDF the app holds, asked for in pieces the channel allows. */
async function readRange(sha256: string, begin: number, end: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (let at = begin; at < end; at += PDF_RANGE_BYTES) {
    const answer = await desk().pageBytes({ sha256, begin: at, end: Math.min(at + PDF_RANGE_BYTES, end) });
    if (!answer.ok) throw new PagesLoadError(answer.error.message);
    parts.push(bytesOf(answer.value.base64));
  }
  if (parts.length === 1) return parts[0]!;
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (joined.set(p, at), at + p.length), 0);
  return joined;
}

async function openPdf(info: PagesPdf): Promise<PDFDocumentProxy> {
  const pdfjs = await loadPdfjs();
  if (info.base64) return pdfjs.getDocument({ ...OPTIONS, data: bytesOf(info.base64) }).promise;
  const transport = new pdfjs.PDFDataRangeTransport(info.byteLength, null);
  transport.requestDataRange = (begin: number, end: number) => {
    // A range that cannot be read is asked for once more; the page then stays undrawn.
    const deliver = (bytes: Uint8Array) => transport.onDataRange(begin, bytes);
    readRange(info.sha256, begin, end)
      .catch(() => readRange(info.sha256, begin, end))
      .then(deliver, () => undefined);
  };
  return pdfjs.getDocument({
    ...OPTIONS,
    range: transport,
    length: info.byteLength,
    rangeChunkSize: 256 * 1024,
    disableAutoFetch: true,
    disableStream: true,
  }).promise;
}

interface Kept {
  sha256: string;
  doc: Promise<PDFDocumentProxy>;
}

const kept = new Map<string, Kept>();
/** Open documents kept at once; the oldest is closed beyond it. */
const KEEP = 6;

export class PagesLoadError extends Error {}

/**
 * The document for `key`, asking the app for it with the hash of what is kept (the app then sends no bytes
 * when nothing changed). Resolves with the document and the app's answer.
 */
export async function loadPages<T extends PagesPdf>(
  key: string,
  ask: (known: string | undefined) => Promise<ApiResult<T>>,
): Promise<{ doc: PDFDocumentProxy; info: T }> {
  const before = kept.get(key);
  const answer = await ask(before?.sha256);
  if (!answer.ok) throw new PagesLoadError(answer.error.message);
  const info = answer.value;
  let entry = before;
  if (!entry || entry.sha256 !== info.sha256 || info.base64 !== '') {
    if (entry) void entry.doc.then((d) => d.destroy()).catch(() => undefined);
    entry = { sha256: info.sha256, doc: openPdf(info) };
  }
  kept.delete(key);
  kept.set(key, entry);
  for (const [oldKey, old] of kept) {
    if (kept.size <= KEEP) break;
    kept.delete(oldKey);
    void old.doc.then((d) => d.destroy()).catch(() => undefined);
  }
  try {
    return { doc: await entry.doc, info };
  } catch (error) {
    kept.delete(key);
    throw new PagesLoadError(
      `The pages could not be read (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}
