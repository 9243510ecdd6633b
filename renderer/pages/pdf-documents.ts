// pdf.js in the renderer: the normal build, its worker bundled by Vite and loaded from the app's own origin
// (the CSP allows scripts and workers from 'self' only), eval off. Documents are kept by a key (a record, a
// source) with the SHA-256 of their bytes, so a second view asks the app only whether they changed.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { ApiResult } from '../../core/api/result';
import type { PagesPdf } from '../../core/api/pages-channels';

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

const openBytes = async (bytes: Uint8Array): Promise<PDFDocumentProxy> =>
  (await loadPdfjs()).getDocument({ data: bytes, isEvalSupported: false, enableXfa: false }).promise;

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
    entry = { sha256: info.sha256, doc: openBytes(bytesOf(info.base64)) };
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
