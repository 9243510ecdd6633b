// "Show changes" for a draft that is out of date: every passage the update would change, word by word,
// before anything is changed. Passages the attorney edited are marked: they become updates to review.
import type { ChangedPassage } from '../../core/merge/describe-changes';
import { store } from '../app/desk-store';
import { Modal } from '../dialogs/modal';
import { DiffText } from '../editor/diff-text';
import { updateDraft } from './draft-binding';

const close = () => store.set({ dialog: null });

export function UpdatePreviewDialog(props: { draftId: string; title: string; passages: ChangedPassage[] }) {
  const { draftId, title, passages } = props;
  const review = passages.filter((p) => p.forReview).length;
  return (
    <Modal
      title={`Update “${title}” from the matter?`}
      description={
        passages.length === 0
          ? 'Nothing in the letter would change.'
          : `${passages.length === 1 ? 'One passage changes' : `${passages.length} passages change`}${review > 0 ? `; ${review} you edited will be offered for review instead of changed` : ''}. Your edits elsewhere are kept.`
      }
      onCancel={close}
      actions={
        <>
          <button type="button" className="button" onClick={close}>
            Not now
          </button>
          <button
            type="button"
            className="button button--primary"
            data-autofocus
            onClick={() => {
              close();
              void updateDraft(draftId);
            }}
          >
            Update draft
          </button>
        </>
      }
    >
      <ol className="update-preview">
        {passages.map((passage, index) => (
          <li
            key={index}
            className={
              passage.forReview ? 'update-preview-item update-preview-item--review' : 'update-preview-item'
            }
          >
            {passage.forReview && (
              <p className="update-preview-note">
                You edited this passage: the change will wait for your review.
              </p>
            )}
            <p className="update-preview-text">
              <DiffText parts={passage.parts} />
            </p>
          </li>
        ))}
      </ol>
    </Modal>
  );
}
