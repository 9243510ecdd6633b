// The page view: the open draft as the export paginates it, US Letter sheets on grey as in Word's print layout.
// It lays out again half a second after typing pauses (never on the keystroke), keeping the old pages on screen
// until the new ones are ready, and reusing every page whose content did not change. A whole record enclosed
// shows its own pages once they are known, and lays out again when they come.
import { useEffect, useRef, useState } from 'react';
import { afterDraftChanges } from '../editor/draft-changes';
import { store } from '../app/desk-store';
import { currentPageSpec } from './current-spec';
import { layOutPages } from './layout-run';
import type { LayoutRun } from './layout-run';
import { pagesLaidOut, pagesPending, usePageViewOpen } from './page-view-state';
import { onRecordPages, recordPagesState } from './record-pages-state';
import { disposeSheet } from './record-sheet';
import { typingPaused } from './typing-pause';
import './page-view.css';
import './page-view-print.css';

/** The page view lays out again this long after the last change. */
const PAUSE_MS = 500;
const RETRY_MS = 100;
/** A US Letter sheet's width in CSS pixels. */
const SHEET_PX = 816;

const pagesOf = (count: number) => `${count} ${count === 1 ? 'page' : 'pages'}`;

function PageViewPanel() {
  const pagesRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('Laying out pages…');

  useEffect(() => {
    const host = pagesRef.current!;
    let run: LayoutRun | null = null;
    let reuse = new Map<string, HTMLElement>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const relayout = () => {
      if (run) run.cancelled = true;
      const current: LayoutRun = { cancelled: false };
      run = current;
      const spec = currentPageSpec();
      if (!spec) {
        // The editor registers itself after its children (this pane) mount, e.g. on switching drafts with
        // the page view open: look again in a moment.
        clearTimeout(timer);
        timer = setTimeout(relayout, RETRY_MS);
        return;
      }
      pagesPending();
      host.setAttribute('aria-busy', 'true');
      const first = host.childElementCount === 0;
      void layOutPages(spec, current, {
        reuse,
        idle: typingPaused,
        records: recordPagesState,
        ...(first ? { onProgress: (fresh) => host.append(...fresh) } : {}),
      }).then((result) => {
        if (!result || current.cancelled) return;
        host.replaceChildren(...result.pages);
        host.setAttribute('aria-busy', 'false');
        reuse.forEach(disposeSheet); // the sheets not reused
        reuse = result.bySignature;
        const exhibits = result.pages.length - result.letterPages;
        setStatus(
          `${pagesOf(result.letterPages)}${exhibits > 0 ? ` and ${pagesOf(exhibits)} of exhibits` : ''}`,
        );
        // Print waits for a record's pages still being made: the layout with them comes next.
        const preparing = spec.exhibits.some(
          (e) => e.record && recordPagesState(e.record.id).status === 'preparing',
        );
        if (!preparing) pagesLaidOut();
      });
    };
    const stopDrafts = afterDraftChanges(relayout, PAUSE_MS);
    // The sheets are drawn as large as the pane's width allows, never larger than life.
    const fit = new ResizeObserver(() => {
      const zoom = Math.min(1, (host.clientWidth - 32) / SHEET_PX);
      host.style.setProperty('--pv-zoom', String(Math.max(0.2, zoom)));
    });
    fit.observe(host);
    // A change to the matter (a value, an exhibit) changes the pages too.
    let version = store.get().matterVersion;
    const stopStore = store.subscribe(() => {
      if (store.get().matterVersion === version) return;
      version = store.get().matterVersion;
      clearTimeout(timer);
      timer = setTimeout(relayout, PAUSE_MS);
    });
    // A record's pages came (or could not be made): lay out again with them.
    const stopRecords = onRecordPages(() => {
      clearTimeout(timer);
      timer = setTimeout(relayout, 0);
    });
    return () => {
      if (run) run.cancelled = true;
      stopRecords();
      reuse.forEach(disposeSheet);
      clearTimeout(timer);
      stopDrafts();
      stopStore();
      fit.disconnect();
      pagesLaidOut();
    };
  }, []);

  return (
    <section className="page-view" aria-label="Page view">
      <p className="pv-status" role="status">
        {status}
      </p>
      {/* Focusable so keyboard users can scroll through the sheets. */}
      <div
        className="pv-pages"
        ref={pagesRef}
        aria-busy="true"
        tabIndex={0}
        role="group"
        aria-label="Sheets"
      />
    </section>
  );
}

/** The page view beside the editor, while the "Page view" button is pressed. */
export function PageViewPane() {
  const open = usePageViewOpen();
  return open ? <PageViewPanel /> : null;
}
