// The dialogs that ask a question: unsaved changes and recovering unsaved work. (A letter not ready to send
// opens the "Review before sending" panel instead: renderer/review.)
import type { RecoveryInfo } from '../../core/api/contract';
import { store } from '../app/desk-store';
import { saveMatter } from '../app/file-commands';
import { acceptRecovery, discardRecovery } from '../app/startup';
import { Modal } from './modal';

const close = () => store.set({ dialog: null });

const verb = { new: 'starting a new matter', open: 'opening another matter', close: 'closing' } as const;

export function UnsavedChangesDialog({
  action,
  then,
}: {
  action: 'new' | 'open' | 'close';
  then: () => void;
}) {
  const save = async () => {
    close();
    if (await saveMatter()) then();
  };
  const discard = () => {
    close();
    store.set({ dirty: false });
    then();
  };
  return (
    <Modal
      role="alertdialog"
      title="Save changes to this matter?"
      description={`You have unsaved changes. Save them before ${verb[action]}?`}
      onCancel={close}
      actions={
        <>
          <button type="button" className="button button--danger-quiet" onClick={discard}>
            Don’t save
          </button>
          <span className="modal-actions-spacer" />
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="button" className="button button--primary" data-autofocus onClick={() => void save()}>
            Save
          </button>
        </>
      }
    >
      {null}
    </Modal>
  );
}

export function RecoveryDialog({ info }: { info: RecoveryInfo }) {
  const when = new Date(info.savedAt);
  const title = info.file.matter.title || 'an untitled matter';
  return (
    <Modal
      role="alertdialog"
      title="Recover unsaved work?"
      description={
        <>
          Counsel Desk closed before your last changes to <strong>{title}</strong> were saved. A copy from{' '}
          {Number.isNaN(when.getTime()) ? 'your last session' : when.toLocaleString()} is available
          {info.originalPath ? ` (file: ${info.originalPath})` : ''}.
        </>
      }
      onCancel={() => void discardRecovery()}
      actions={
        <>
          <button type="button" className="button" onClick={() => void discardRecovery()}>
            Discard
          </button>
          <button
            type="button"
            className="button button--primary"
            data-autofocus
            onClick={() => void acceptRecovery()}
          >
            Recover unsaved work
          </button>
        </>
      }
    >
      <p className="dialog-note">
        {info.file.drafts.length} draft{info.file.drafts.length === 1 ? '' : 's'}. Recovered work opens as
        unsaved; save it to keep it.
      </p>
    </Modal>
  );
}
