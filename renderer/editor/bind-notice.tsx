// Above the page: what the last update from the matter did, and how many passages wait for review, with a
// button that goes to the next one (reviews are easy to miss in a long letter).
import { useSlate } from 'slate-react';
import { pendingUpdatePaths } from '../../core/editor/review-updates';
import { store, useDesk } from '../app/desk-store';
import { revealUpdateAt } from './go-to-update';

export function BindNotice() {
  // Re-renders with the editor, so the count drops as soon as a passage is settled.
  const editor = useSlate();
  const notice = useDesk((s) => s.bindNotice);
  const pending = pendingUpdatePaths(editor).length;
  if (!notice && pending === 0) return null;
  const goToNext = () => {
    const paths = pendingUpdatePaths(editor);
    const here = editor.selection?.anchor.path[0] ?? -1;
    const next = paths.find((p) => p[0]! > here) ?? paths[0];
    if (next) revealUpdateAt(editor, next);
  };
  return (
    <div className="bind-notice" role="status">
      {notice && <span>{notice}</span>}
      {pending > 0 && (
        <span className="bind-notice-review">
          {pending === 1
            ? '1 update from the matter to review.'
            : `${pending} updates from the matter to review.`}{' '}
          <button type="button" className="button button--small" onClick={goToNext}>
            Go to next update
          </button>
        </span>
      )}
      {notice && (
        <button
          type="button"
          className="bind-notice-close"
          aria-label="Dismiss"
          onClick={() => store.set({ bindNotice: '' })}
        >
          ×
        </button>
      )}
    </div>
  );
}
