// A library source's own pages (its PDF, read by pdf.js) beside its text in the reader. The text stays the
// place to select and quote from; the images follow the page markers the reader clicks, and each page offers
// to bring its text into view.
import type { SourcePagesView } from '../../core/api/pages-channels';
import { desk } from '../api/desk-client';
import { PageImages } from './page-images';
import { usePages } from './use-pages';
import './source-pages.css';

interface SourcePageImagesProps {
  source: { id: string; sha256: string; title: string };
  show: { page: number } | null;
  onShowText: (page: number) => void;
}

/** Only a PDF's pages match the page markers of its text; other files are paged by their layout. */
export const hasPageImages = (source: { fileName: string }): boolean => /\.pdf$/i.test(source.fileName);

export function SourcePageImages({ source, show, onShowText }: SourcePageImagesProps) {
  const state = usePages<SourcePagesView>(`source:${source.id}`, source.sha256, (known) =>
    desk().sourcePages({ id: source.id, known }),
  );
  if (state.status === 'loading')
    return (
      <p className="form-help source-pages-status" aria-live="polite">
        Getting the pages…
      </p>
    );
  if (state.status === 'error')
    return (
      <p className="form-help source-pages-status" aria-live="polite">
        {state.message}
      </p>
    );
  return (
    <PageImages
      doc={state.doc}
      title={`Pages of ${source.title}`}
      show={show}
      pageAction={{ label: 'Show in text', run: onShowText }}
    />
  );
}
