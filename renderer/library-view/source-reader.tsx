// A source opened from the Library view, full width: its text as paragraphs and headings with page markers
// (a PDF's page images beside it, following the markers), and the two things a paralegal does with it:
// quote a selected passage in the open draft, or attach the whole source as an exhibit.
import { useRef, useState } from 'react';
import { placementWords } from '../../core/editor/insert-at-cursor';
import { formatCitation } from '../../core/excerpts/citation';
import { makeExcerpt, quoteBlocks, wholeSourceExcerpt } from '../../core/excerpts/make-excerpt';
import type { SourceView } from '../../core/library/mail-types';
import { ownPagesOfSource } from '../../core/records/counted-pages';
import { pageCountLabel } from '../../core/library/page-note';
import { store } from '../app/desk-store';
import { attachFromLibrary, keepExcerpt, newId } from '../library/record-commands';
import { selectionOffsets, SourceViewer } from '../library/source-viewer';
import { hasPageImages, SourcePageImages } from '../pages/source-page-images';

interface SourceReaderProps {
  source: SourceView;
  onClose: () => void;
}

export function SourceReader({ source, onClose }: SourceReaderProps) {
  const viewer = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState('');
  const [shownPage, setShownPage] = useState<{ page: number } | null>(null);
  const images = hasPageImages(source);
  const showInText = (page: number) =>
    viewer.current
      ?.querySelector(`[data-page-marker="${page}"]`)
      ?.scrollIntoView({ block: 'start', behavior: 'smooth' });

  const quote = () => {
    const offsets = selectionOffsets(viewer.current);
    const excerpt = offsets && makeExcerpt(source, offsets.start, offsets.end, newId());
    if (!excerpt) return setMessage('Select a passage of the text first.');
    const live = store.liveEditor;
    if (!live)
      return setMessage('No draft is open, so there is nowhere to quote into. Open or generate one first.');
    // The draft shows again, with the quotation at its caret and focus after it.
    const placement = live.insertBlocks(quoteBlocks(excerpt));
    keepExcerpt(excerpt);
    requestAnimationFrame(() => live.focus());
    setMessage(`Quotation inserted ${placementWords(placement)}: ${formatCitation(excerpt)}.`);
  };

  const attachWhole = () => {
    const excerpt = wholeSourceExcerpt(source, newId());
    const name = attachFromLibrary(excerpt, source.title, ownPagesOfSource(source));
    if (name) setMessage(`Attached as ${name}: ${formatCitation(excerpt)}.`);
  };

  return (
    <section className="source-reader" aria-labelledby="source-reader-heading">
      <header className="source-reader-header">
        <div>
          <h3 id="source-reader-heading" tabIndex={-1} className="source-reader-title">
            {source.title}
          </h3>
          <p className="form-help">
            {[
              source.identifier,
              source.effectiveDate,
              source.fileName,
              pageCountLabel(source.pageCount, source.pages),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <div className="source-reader-actions" role="group" aria-label="Use this source">
          <button type="button" className="button button--primary" onClick={quote}>
            Quote selection in draft
          </button>
          <button type="button" className="button" onClick={attachWhole}>
            Attach whole source
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            Back to the list
          </button>
        </div>
      </header>
      <p role="status" className="form-help">
        {message}
      </p>
      <div className="source-reader-columns">
        <div className="source-reader-page">
          <SourceViewer
            source={source}
            viewerRef={viewer}
            onPageMarker={images ? (page) => setShownPage({ page }) : undefined}
          />
        </div>
        {images && (
          <div className="source-reader-images">
            <SourcePageImages source={source} show={shownPage} onShowText={showInText} />
          </div>
        )}
      </div>
    </section>
  );
}
