// Under a draft's title: whether it follows the matter. "Out of date" (with Update and Show changes), updates
// waiting for review, how many problems the review before sending finds ("2 to fix, 1 to check"), or a
// damaged draft that cannot be opened (the file keeps it as stored).
import type { Draft } from '../../core/matter-file/matter-file';
import { store, useDesk } from '../app/desk-store';
import { previewUpdate, updateDraft } from './draft-binding';
import { problemBadge } from '../review/listed-problems';

async function showChanges(draft: Draft): Promise<void> {
  const passages = await previewUpdate(draft.id);
  if (passages)
    store.set({ dialog: { kind: 'update-preview', draftId: draft.id, title: draft.title, passages } });
}

export function DraftStatusLine({ draft }: { draft: Draft }) {
  const status = useDesk((s) => s.draftStatus[draft.id]);
  if (draft.damaged) {
    return (
      <p className="draft-status draft-status--damaged" title={draft.damaged}>
        Damaged: cannot be opened.
      </p>
    );
  }
  const problems = status ? problemBadge(status.stops, status.warnings) : '';
  if (!status || (!status.outOfDate && status.pendingUpdates === 0 && !problems)) return null;
  return (
    <p className="draft-status">
      {status.outOfDate && (
        <>
          <span className="draft-badge draft-badge--stale">Out of date</span>
          <button
            type="button"
            className="link-button"
            aria-label={`Update “${draft.title}” from the matter`}
            onClick={() => void updateDraft(draft.id)}
          >
            Update
          </button>
          <button
            type="button"
            className="link-button"
            aria-label={`Show what updating “${draft.title}” would change`}
            onClick={() => void showChanges(draft)}
          >
            Show changes
          </button>
        </>
      )}
      {status.pendingUpdates > 0 && (
        <span className="draft-badge draft-badge--review">
          {status.pendingUpdates === 1 ? '1 update to review' : `${status.pendingUpdates} updates to review`}
        </span>
      )}
      {problems && (
        <span
          className={status.stops > 0 ? 'draft-badge draft-badge--stops' : 'draft-badge draft-badge--checks'}
          title="What Review before sending lists for this draft"
        >
          {problems}
        </span>
      )}
    </p>
  );
}
