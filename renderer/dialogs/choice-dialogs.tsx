// The dialogs that ask a question: unsaved changes, recovering unsaved work, exporting an incomplete matter
// (each empty field is a button that goes to it).
import type { RecoveryInfo } from '../../core/api/contract';
import { store } from '../app/desk-store';
import { saveMatter } from '../app/file-commands';
import { exportDocx } from '../app/export-commands';
import { acceptRecovery, discardRecovery } from '../app/startup';
import { describeMissing, goToField } from '../matter-form/go-to-field';
import { ExportAnywayActions } from './export-anyway-actions';
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

export function IncompleteExportDialog({
  missing,
  excerptsReviewed,
}: {
  missing: string[];
  excerptsReviewed: boolean;
}) {
  return (
    <Modal
      title="This letter is not ready to send"
      description="Fill in the empty fields (select one to go to it on the Matter tab) and settle the other points below, or export a copy marked DRAFT on every page."
      onCancel={close}
      actions={
        <ExportAnywayActions
          label="Export anyway as marked draft"
          onExport={() => void exportDocx({ allowIncomplete: true, excerptsReviewed })}
        />
      }
    >
      <ul className="missing-list" aria-label="What is not ready">
        {missing.map(describeMissing).map((field) => (
          <li key={field.path || field.label}>
            {field.path ? (
              <button type="button" className="missing-field" onClick={() => goToField(field.path)}>
                {field.label}
              </button>
            ) : (
              field.label
            )}
          </li>
        ))}
      </ul>
    </Modal>
  );
}
