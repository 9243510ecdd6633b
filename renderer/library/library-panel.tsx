// The "Library & Exhibits" sidebar tab: import files, search them, read a source with its page and section
// markers, quote a selected passage into the draft or attach it (or the whole source) as an exhibit; below,
// the matter's records list and the request matrix, both views of the one records list.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { BlockNode } from '../../core/document/model';
import { placementWords } from '../../core/editor/insert-at-cursor';
import type { QuotePlacement } from '../../core/editor/insert-at-cursor';
import { formatCitation } from '../../core/excerpts/citation';
import { makeExcerpt, quoteBlocks, wholeSourceExcerpt } from '../../core/excerpts/make-excerpt';
import type { SearchHit } from '../../core/library/library-types';
import type { LibraryFilters, SourceView } from '../../core/library/mail-types';
import { ownPagesOfSource } from '../../core/records/counted-pages';
import { desk } from '../api/desk-client';
import { store } from '../app/desk-store';
import { ImportBox } from './import-box';
import { activeFilters, LibraryFilterFields } from './library-filters';
import { MessageView } from './message-view';
import { attachFromLibrary, keepExcerpt, newId } from './record-commands';
import { RecordList } from './record-list';
import { RequestMatrix } from './request-matrix';
import { Snippet } from './snippet';
import { SourceDetails } from './source-details';
import { selectionOffsets, SourceViewer } from './source-viewer';
import './library.css';
import './mail.css';

export interface LibraryPanelProps {
  /** Inserts blocks at the editor's cursor and says where they went; null when no draft is open. */
  onQuote?: (blocks: BlockNode[]) => QuotePlacement | null;
}

export function LibraryPanel({ onQuote }: LibraryPanelProps) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [source, setSource] = useState<SourceView | null>(null);
  const [filters, setFilters] = useState<LibraryFilters>({});
  const [imports, setImports] = useState(0);
  const [message, setMessage] = useState('');
  const viewer = useRef<HTMLDivElement>(null);
  const searchId = useId();

  const search = useCallback(async (text: string, narrowed: LibraryFilters) => {
    const filtered = activeFilters(narrowed) > 0;
    if (!text.trim() && !filtered) return setHits(null);
    const result = filtered
      ? await desk().filterLibrary({ query: text, filters: narrowed, limit: 50 })
      : await desk().searchLibrary({ query: text, limit: 30 });
    if (result.ok) setHits(result.value);
    else store.alert(result.error);
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => void search(query, filters), 200);
    return () => clearTimeout(timer);
  }, [query, filters, search]);

  const open = async (id: string) => {
    const result = await desk().getLibrarySource({ id });
    if (result.ok) setSource(result.value);
    else store.alert(result.error);
  };

  const selected = () => {
    if (!source) return undefined;
    const offsets = selectionOffsets(viewer.current);
    return offsets && makeExcerpt(source, offsets.start, offsets.end, newId());
  };

  const quote = () => {
    const excerpt = selected();
    if (!excerpt) return setMessage('Select a passage in the source text first.');
    const placement = onQuote?.(quoteBlocks(excerpt)) ?? null;
    if (!placement)
      return setMessage(
        'No draft is open, so there is nowhere to quote into. Open or generate one on the Drafts tab, place the cursor, then choose "Quote in draft" again.',
      );
    keepExcerpt(excerpt);
    setMessage(`Quotation inserted ${placementWords(placement)}: ${formatCitation(excerpt)}.`);
  };

  const attach = (whole: boolean) => {
    if (!source) return;
    const excerpt = whole ? wholeSourceExcerpt(source, newId()) : selected();
    if (!excerpt) return setMessage('Select a passage to attach, or attach the whole source.');
    const description = whole ? source.title : `Excerpt of ${source.identifier || source.title}`;
    const name = attachFromLibrary(excerpt, description, whole ? ownPagesOfSource(source) : 0);
    if (!name) return;
    const enclosed = store.get().activeDraftId ? ' It is enclosed with the open letter.' : '';
    setMessage(`Attached as ${name}: ${formatCitation(excerpt)}.${enclosed}`);
  };

  return (
    <div className="library-panel">
      <ImportBox
        onImported={() => {
          setImports((n) => n + 1);
          void search(query, filters);
        }}
      />
      <section className="panel-section" aria-labelledby="library-search-heading">
        <h2 id="library-search-heading" className="section-heading">
          Search the library
        </h2>
        <label htmlFor={searchId} className="field-label">
          Words to find
        </label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="detainer request"
        />
        <LibraryFilterFields value={filters} onChange={setFilters} refreshKey={imports} />
        {hits && hits.length === 0 && <p className="empty-note">Nothing in the library matches.</p>}
        {hits && hits.length > 0 && activeFilters(filters) > 0 && (
          <p className="empty-note" role="status">
            {hits.length === 50
              ? 'The first 50 matches'
              : `${hits.length} match${hits.length === 1 ? '' : 'es'}`}
          </p>
        )}
        {hits && hits.length > 0 && (
          <ol className="search-results" aria-label="Search results">
            {hits.map((hit, i) => (
              <li key={`${hit.sourceId}-${i}`}>
                <button type="button" className="search-hit" onClick={() => void open(hit.sourceId)}>
                  <span className="hit-title">{hit.title}</span>
                  <span className="hit-where">
                    {[hit.identifier, hit.section, `p. ${hit.page}`].filter(Boolean).join(' · ')}
                  </span>
                  <Snippet text={hit.snippet} />
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
      {source && (
        <section className="panel-section" aria-labelledby="library-source-heading">
          <h2 id="library-source-heading" className="section-heading">
            {source.title}
          </h2>
          <SourceDetails source={source} onChange={(changed) => setSource({ ...source, ...changed })} />
          <MessageView source={source} onOpen={(id) => void open(id)} onMessage={setMessage} />
          <div className="source-actions" role="group" aria-label="Use the selected passage">
            <button type="button" className="button button--primary" onClick={quote}>
              Quote in draft
            </button>
            <button type="button" className="button" onClick={() => attach(false)}>
              Attach as exhibit
            </button>
            <button type="button" className="button button--quiet" onClick={() => attach(true)}>
              Attach whole source
            </button>
            <button
              type="button"
              className="button button--quiet"
              aria-label="Close the source"
              onClick={() => setSource(null)}
            >
              Close
            </button>
          </div>
          <p role="status" className="form-help">
            {message}
          </p>
          <SourceViewer source={source} viewerRef={viewer} />
        </section>
      )}
      <RecordList />
      <RequestMatrix />
    </div>
  );
}
