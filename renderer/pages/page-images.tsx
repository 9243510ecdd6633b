// A document's pages as images (pdf.js), each named and labelled with the Bates number it will be stamped
// with: a toolbar (page n of m, zoom, thumbnails), the pages drawn only as they come near the screen, and
// PageUp / PageDown a page at a time. What is drawn over a page (redaction boxes) comes from the caller.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { BatesStamp, type StampPlaces } from './bates-stamp';
import { PageCanvas, type PageSize } from './page-canvas';
import { nextZoom, pageName } from './page-names';
import { PageThumbnails } from './page-thumbnails';
import { usePageScroll } from './use-page-scroll';
import './pages.css';

export interface PageImagesProps {
  doc: PDFDocumentProxy;
  /** What the pages are of ("Pages of Exhibit B"), for the region's name. */
  title: string;
  /** The Bates label of each page, in order; empty when the pages get none. */
  labels?: readonly string[];
  /** Where each label will be stamped; without it no label is drawn on the pages. */
  stamps?: StampPlaces;
  thumbnails?: boolean;
  /** Drawn over each page (sizes in points; multiply by `scale` for pixels). */
  overlay?: (page: number, size: PageSize, scale: number) => ReactNode;
  /** Asks the viewer to bring a page into view; a new object each time. */
  show?: { page: number } | null;
  /** The page the reader scrolled to, as it changes. */
  onPageShown?: (page: number) => void;
  /** A button under each page ("Show in text"), when given. */
  pageAction?: { label: string; run: (page: number) => void };
}

const LETTER: PageSize = { width: 612, height: 792 };

export function PageImages(props: PageImagesProps) {
  const { doc, labels = [], overlay, stamps } = props;
  const count = doc.numPages;
  const column = useRef<HTMLDivElement>(null);
  const strip = useRef<HTMLElement>(null);
  const [guess, setGuess] = useState<PageSize>(LETTER);
  const [width, setWidth] = useState(600);
  const [zoom, setZoom] = useState(1);
  const [thumbs, setThumbs] = useState(props.thumbnails ?? false);
  const { current, goTo, onKeyDown } = usePageScroll(column, count, props.show);

  useEffect(() => {
    void doc.getPage(1).then((p) => {
      const v = p.getViewport({ scale: 1 });
      setGuess({ width: v.width, height: v.height });
    });
  }, [doc]);
  useEffect(() => {
    const element = column.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(Math.max(element.clientWidth - 32, 120)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const { onPageShown } = props;
  useEffect(() => onPageShown?.(current), [current, onPageShown]);

  const scale = (width / guess.width) * zoom;
  const pages = Array.from({ length: count }, (_u, i) => i + 1);
  return (
    <section className="page-images" aria-label={props.title}>
      <div className="page-toolbar" role="toolbar" aria-label={`${props.title}: page tools`}>
        <span className="page-toolbar-where" aria-live="polite">
          {pageName(current, count, labels[current - 1])}
        </span>
        <button
          type="button"
          className="icon-button"
          aria-label="Zoom out"
          onClick={() => setZoom((z) => nextZoom(z, -1))}
        >
          −
        </button>
        <span className="page-toolbar-zoom">{Math.round(zoom * 100)}%</span>
        <button
          type="button"
          className="icon-button"
          aria-label="Zoom in"
          onClick={() => setZoom((z) => nextZoom(z, 1))}
        >
          +
        </button>
        <button type="button" className="button button--small" onClick={() => setZoom(1)}>
          Fit width
        </button>
        <button
          type="button"
          className="button button--small"
          aria-pressed={thumbs}
          onClick={() => setThumbs((t) => !t)}
        >
          Thumbnails
        </button>
      </div>
      <div className="page-images-body">
        {thumbs && (
          <PageThumbnails
            doc={doc}
            count={count}
            labels={labels}
            guess={guess}
            current={current}
            onGo={goTo}
            strip={strip}
          />
        )}
        <div
          ref={column}
          className="page-column"
          tabIndex={0}
          role="group"
          aria-label={`${props.title}: ${count} page${count === 1 ? '' : 's'}; PageUp and PageDown move a page`}
          onKeyDown={onKeyDown}
        >
          {pages.map((page) => {
            const name = pageName(page, count, labels[page - 1]);
            return (
              <figure key={page} className="page-figure" data-page={page}>
                <PageCanvas doc={doc} page={page} scale={scale} guess={guess} root={column} name={name}>
                  {(size) => (
                    <>
                      {overlay?.(page, size, scale)}
                      {labels[page - 1] && stamps?.boxes[page - 1] && (
                        <BatesStamp
                          label={labels[page - 1]!}
                          box={stamps.boxes[page - 1]!}
                          size={stamps.size}
                          scale={scale}
                        />
                      )}
                    </>
                  )}
                </PageCanvas>
                <figcaption className="page-caption">
                  {name}
                  {props.pageAction && (
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      aria-label={`${props.pageAction.label}: page ${page}`}
                      onClick={() => props.pageAction!.run(page)}
                    >
                      {props.pageAction.label}
                    </button>
                  )}
                </figcaption>
              </figure>
            );
          })}
        </div>
      </div>
    </section>
  );
}
