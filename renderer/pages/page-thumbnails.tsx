// A strip of small pages beside the viewer; each is a button that brings its page into view.
import type { RefObject } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { PageCanvas, type PageSize } from './page-canvas';
import { pageName } from './page-names';

interface PageThumbnailsProps {
  doc: PDFDocumentProxy;
  count: number;
  labels: readonly string[];
  guess: PageSize;
  current: number;
  onGo: (page: number) => void;
  strip: RefObject<HTMLElement | null>;
}

const THUMB_WIDTH = 96;

export function PageThumbnails({ doc, count, labels, guess, current, onGo, strip }: PageThumbnailsProps) {
  const scale = THUMB_WIDTH / guess.width;
  return (
    <nav className="page-thumbnails" aria-label="Page thumbnails" ref={strip}>
      <ol>
        {Array.from({ length: count }, (_u, i) => i + 1).map((page) => (
          <li key={page}>
            <button
              type="button"
              className="page-thumbnail"
              aria-current={page === current ? 'page' : undefined}
              aria-label={`Go to ${pageName(page, count, labels[page - 1])}`}
              onClick={() => onGo(page)}
            >
              <PageCanvas
                doc={doc}
                page={page}
                scale={scale}
                guess={guess}
                root={strip}
                name=""
                margin="200px 0px"
              />
              <span className="page-thumbnail-label" aria-hidden="true">
                {labels[page - 1] ?? page}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
