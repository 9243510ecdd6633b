// Save found a different file on disk than the one this window opened or last saved (another window, the
// command line or a colleague saved it), or a file where none was expected. Nothing was written; the user
// chooses: keep both (Save As…), replace it (Overwrite, the file's current content goes to .bak), or Cancel.
import { Modal } from './modal';

export type SaveConflictChoice = 'save-as' | 'overwrite' | 'cancel';

export function SaveConflictDialog({
  message,
  choose,
}: {
  message: string;
  choose: (choice: SaveConflictChoice) => void;
}) {
  return (
    <Modal
      role="alertdialog"
      title="The file on disk is not the one you opened"
      description={message}
      onCancel={() => choose('cancel')}
      actions={
        <>
          <button type="button" className="button button--danger-quiet" onClick={() => choose('overwrite')}>
            Overwrite
          </button>
          <span className="modal-actions-spacer" />
          <button type="button" className="button" onClick={() => choose('cancel')}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            data-autofocus
            onClick={() => choose('save-as')}
          >
            Save As…
          </button>
        </>
      }
    >
      {null}
    </Modal>
  );
}
