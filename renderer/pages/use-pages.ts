// A React hook over loadPages: the document and the app's answer once loaded, or the message to show.
import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PagesPdf } from '../../core/api/pages-channels';
import type { ApiResult } from '../../core/api/result';
import { loadPages } from './pdf-documents';

export type PagesState<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; doc: PDFDocumentProxy; info: T };

/** Loads again whenever `key` or `version` changes (the record's file or its place in the list). */
export function usePages<T extends PagesPdf>(
  key: string,
  version: string,
  ask: (known: string | undefined) => Promise<ApiResult<T>>,
): PagesState<T> {
  const [state, setState] = useState<PagesState<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadPages(key, ask).then(
      ({ doc, info }) => live && setState({ status: 'ready', doc, info }),
      (error: unknown) =>
        live &&
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
    // `ask` is a new function each render; the key and version say when to ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version]);
  return state;
}
