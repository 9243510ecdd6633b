// The status bar's view of the open draft: its word count (recounted after a pause in typing) and the page
// zoom with its buttons, as in Word's status bar.
import { useEffect, useState } from 'react';
import { countWords } from '../../core/document/word-count';
import { store, useDesk } from '../app/desk-store';
import { afterDraftChanges } from '../editor/draft-changes';
import { resetZoom, useZoom, zoomIn, zoomOut } from '../editor/zoom';
import './draft-stats.css';

const number = new Intl.NumberFormat('en-US');

function openDraftBlocks(draftId: string): readonly unknown[] {
  const live = store.liveEditor;
  if (live?.draftId === draftId) return live.blocks();
  return store.get().file?.drafts.find((draft) => draft.id === draftId)?.body ?? [];
}

export function WordCount() {
  const draftId = useDesk((s) => s.activeDraftId);
  const [words, setWords] = useState<number | null>(null);
  useEffect(() => {
    if (!draftId) return;
    return afterDraftChanges(() => setWords(countWords(openDraftBlocks(draftId))), 300);
  }, [draftId]);
  if (!draftId || words === null) return null;
  return (
    <span className="status-item status-item--muted" data-testid="word-count">
      {number.format(words)} {words === 1 ? 'word' : 'words'}
    </span>
  );
}

export function ZoomControl() {
  const draftId = useDesk((s) => s.activeDraftId);
  const zoom = useZoom();
  if (!draftId) return null;
  return (
    <span className="status-item status-zoom" role="group" aria-label="Zoom">
      <button
        type="button"
        className="status-button"
        aria-label="Zoom out"
        title="Zoom out (Ctrl+minus)"
        onClick={zoomOut}
      >
        −
      </button>
      <button
        type="button"
        className="status-button"
        aria-label={`Zoom ${zoom}%, back to 100%`}
        title="Back to 100% (Ctrl+0)"
        onClick={resetZoom}
      >
        {zoom}%
      </button>
      <button
        type="button"
        className="status-button"
        aria-label="Zoom in"
        title="Zoom in (Ctrl+plus)"
        onClick={zoomIn}
      >
        +
      </button>
    </span>
  );
}
