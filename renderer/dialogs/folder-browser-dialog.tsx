// A dialog that picks a folder in browser mode (a production's output folder, for one): the folder browser
// with folders only, and a button that chooses the folder shown.
import { useState } from 'react';
import { FolderBrowser } from './folder-browser';
import { Modal } from './modal';

export interface ChooseFolderDialogProps {
  title: string;
  description?: string;
  /** The folder to start in (absent or not allowed: the user's home). */
  startIn?: string;
  /** The button's words; "Choose this folder" unless given. */
  chooseLabel?: string;
  onChoose: (folder: string) => void;
  onCancel: () => void;
}

export function ChooseFolderDialog(props: ChooseFolderDialogProps) {
  const { title, startIn, chooseLabel = 'Choose this folder', onChoose, onCancel } = props;
  const [folder, setFolder] = useState('');
  return (
    <Modal
      title={title}
      description={props.description ?? 'Open the folder you want (Enter or a double-click), then choose it.'}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!folder}
            onClick={() => onChoose(folder)}
            aria-describedby="chosen-folder"
          >
            {chooseLabel}
          </button>
        </>
      }
    >
      <FolderBrowser
        filter="folders"
        label="Folders"
        {...(startIn ? { startIn } : {})}
        onFolderChange={setFolder}
        autoFocus
      />
      <p id="chosen-folder" className="form-help folder-chosen">
        {folder ? `Folder: ${folder}` : ''}
      </p>
    </Modal>
  );
}
