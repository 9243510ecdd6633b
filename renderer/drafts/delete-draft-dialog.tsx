// Asks before a draft is deleted. Cancel is the default: deleting is the one choice that loses work.
import { store } from '../app/desk-store';
import { Modal } from '../dialogs/modal';
import { deleteDraft } from './draft-commands';
import { focusAfterDelete } from './focus-after-delete';

const close = () => store.set({ dialog: null });

export function DeleteDraftDialog({ draftId, title }: { draftId: string; title: string }) {
  return (
    <Modal
      role="alertdialog"
      title={`Delete the draft “${title}”?`}
      description="This cannot be undone once the matter is saved."
      onCancel={close}
      actions={
        <>
          <button type="button" className="button" data-autofocus onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => focusAfterDelete(deleteDraft(draftId))}
          >
            Delete
          </button>
        </>
      }
    >
      {null}
    </Modal>
  );
}
