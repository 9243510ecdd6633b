// One page drawn on a canvas by pdf.js, only once it is near the screen, and again when the zoom changes.
// Until then it keeps the page's size, so the scroll position and the page markers stay where they are.
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { useVisible } from './use-visible';

export interface PageSize {
  width: number;
  height: number;
}

interface PageCanvasProps {
  doc: PDFDocumentProxy;
  /** From 1. */
  page: number;
  /** CSS pixels per point. */
  scale: number;
  /** The size (points, as seen) to keep until the page's own is known. */
  guess: PageSize;
  root: RefObject<HTMLElement | null>;
  /** What the canvas is, for screen readers ("Page 3 of 12, CITY-000125"); empty for a thumbnail. */
  name: string;
  /** Drawn over the page: the Bates label, redaction boxes. */
  children?: (size: PageSize) => ReactNode;
  margin?: string;
}

export function PageCanvas({ doc, page, scale, guess, root, name, children, margin }: PageCanvasProps) {
  const holder = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const visible = useVisible(holder, root, margin);
  const [size, setSize] = useState<PageSize | null>(null);
  const [drawn, setDrawn] = useState(false);
  // A drawing that failed for another reason than being cancelled is tried again, twice at most.
  const [failures, setFailures] = useState(0);
  // pdf.js refuses a second render on a canvas while one runs, and a cancelled one ends only later: each
  // drawing waits for the one before it to settle.
  const previous = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    if (!visible || failures > 2) return;
    let task: RenderTask | undefined;
    let live = true;
    const drawing = previous.current
      .then(() => (live ? doc.getPage(page) : undefined))
      .then((proxy) => {
        if (!live || !proxy || !canvas.current) return;
        const seen = proxy.getViewport({ scale: 1 });
        setSize({ width: seen.width, height: seen.height });
        const viewport = proxy.getViewport({ scale: scale * (window.devicePixelRatio || 1) });
        const target = canvas.current;
        target.width = Math.ceil(viewport.width);
        target.height = Math.ceil(viewport.height);
        task = proxy.render({ canvas: target, viewport });
        return task.promise.then(
          () => live && setDrawn(true),
          (error: unknown) => {
            const cancelled = (error as { name?: string })?.name === 'RenderingCancelledException';
            if (live && !cancelled) setFailures((n) => Math.min(n + 1, 3));
          },
        );
      });
    previous.current = drawing.catch(() => undefined);
    return () => {
      live = false;
      task?.cancel();
    };
  }, [doc, page, scale, visible, failures]);
  const shown = size ?? guess;
  const width = shown.width * scale;
  const height = shown.height * scale;
  return (
    <div
      ref={holder}
      className="page-sheet"
      style={{ width, height }}
      data-page={page}
      data-drawn={drawn ? 'true' : 'false'}
    >
      {name ? (
        <canvas ref={canvas} role="img" aria-label={name} style={{ width, height }} />
      ) : (
        <canvas ref={canvas} aria-hidden="true" style={{ width, height }} />
      )}
      {children?.(shown)}
    </div>
  );
}
