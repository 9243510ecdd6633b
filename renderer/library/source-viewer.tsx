// A source's text with page and section markers. Each paragraph carries its offset in the source text, so a
// selection maps back to exact characters for the excerpt and its pinpoint citation.
import { useMemo } from 'react';
import type { SourceDetail } from '../../core/library/library-types';

interface Paragraph {
  start: number;
  text: string;
  page: number;
  pageStarts: boolean;
  heading?: { title: string; level: number };
}

function paragraphsOf(source: SourceDetail): Paragraph[] {
  const out: Paragraph[] = [];
  const pattern = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  let lastPage = 0;
  for (const match of source.text.matchAll(pattern)) {
    const start = match.index ?? 0;
    const page = source.pages.find((p) => p.start <= start && start < p.end)?.page ?? lastPage;
    const heading = source.sections.find((s) => s.start === start);
    out.push({
      start,
      text: match[0],
      page,
      pageStarts: page !== lastPage,
      heading: heading && { title: heading.title, level: heading.level },
    });
    lastPage = page;
  }
  return out;
}

/** Offsets [start, end) of the current selection inside the viewer, or undefined. */
export function selectionOffsets(root: HTMLElement | null): { start: number; end: number } | undefined {
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const offsetOf = (node: Node, offset: number) => {
    const element = (
      node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element)
    )?.closest<HTMLElement>('[data-offset]');
    if (!element || !root.contains(element)) return undefined;
    const before = document.createRange();
    before.selectNodeContents(element);
    before.setEnd(node, offset);
    return Number(element.dataset.offset) + before.toString().length;
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  return start === undefined || end === undefined ? undefined : { start, end };
}

export function SourceViewer({
  source,
  viewerRef,
  onPageMarker,
}: {
  source: SourceDetail;
  viewerRef: React.RefObject<HTMLDivElement | null>;
  /** When given, each page marker is a button that shows that page's image. */
  onPageMarker?: (page: number) => void;
}) {
  const paragraphs = useMemo(() => paragraphsOf(source), [source]);
  return (
    <div
      ref={viewerRef}
      className="source-text"
      tabIndex={0}
      role="document"
      aria-label={`Text of ${source.title}`}
    >
      {paragraphs.map((p) => (
        <div key={p.start}>
          {p.pageStarts && (
            <div
              className="page-marker"
              aria-label={onPageMarker ? undefined : `Page ${p.page}`}
              data-page-marker={p.page}
              contentEditable={false}
            >
              {onPageMarker ? (
                <button
                  type="button"
                  className="page-marker-button"
                  aria-label={`Page ${p.page}: show its image`}
                  onClick={() => onPageMarker(p.page)}
                >
                  Page {p.page}
                </button>
              ) : (
                `Page ${p.page}`
              )}
            </div>
          )}
          {p.heading ? (
            <p
              className={`source-heading source-heading--${Math.min(p.heading.level, 3)}`}
              data-offset={p.start}
            >
              <span className="section-marker" aria-hidden="true">
                §{' '}
              </span>
              <span data-offset={p.start}>{p.text}</span>
            </p>
          ) : (
            <p data-offset={p.start}>{p.text}</p>
          )}
        </div>
      ))}
    </div>
  );
}
