// What a source's details say about its page numbers. A DOCX that does not record where Word broke its pages
// (one written by LibreOffice or another program) has them counted from its layout, so they may be off by one.
import type { PageSpan } from './library-types';

export const pagesAreEstimated = (pages: readonly PageSpan[]): boolean => pages.some((p) => p.estimated);

/** "6 pages", or "6 pages (estimated)" when the file does not record its page breaks. */
export function pageCountLabel(pageCount: number, pages: readonly PageSpan[]): string {
  const count = `${pageCount} page${pageCount === 1 ? '' : 's'}`;
  return pagesAreEstimated(pages) ? `${count} (estimated)` : count;
}

/** A sentence for the source details, or empty when the page numbers are the file's own. */
export function pageNumbersNote(pages: readonly PageSpan[]): string {
  return pagesAreEstimated(pages)
    ? 'Page numbers are estimated: the file does not record where its pages break, so they were counted from its page size, margins and type size, and a pinpoint may be off by a page. Check pinpoints against the document before citing them.'
    : '';
}
