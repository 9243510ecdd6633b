// Where the volume is written: in the desktop app a folder chosen in the system's dialog, in browser mode a
// full path typed or found with the folder browser (the folder is made when it does not exist; the volume's
// own folder never replaces one).
import { useId } from 'react';
import { desk, hasNativeDialogs } from '../api/desk-client';
import { store } from '../app/desk-store';

interface OutputFolderProps {
  value: string;
  onChange: (folder: string) => void;
  /** Browser mode: opens the folder browser. */
  onBrowse: () => void;
}

export function OutputFolder({ value, onChange, onBrowse }: OutputFolderProps) {
  const id = useId();
  const helpId = `${id}-help`;
  if (hasNativeDialogs()) {
    const choose = async () => {
      const chosen = await desk().chooseProductionFolder();
      if (!chosen.ok) store.alert(chosen.error);
      else if (chosen.value.path) onChange(chosen.value.path);
    };
    return (
      <div className="production-folder">
        <span className="field-label" id={id}>
          Output folder
        </span>
        <p className="production-folder-path" aria-labelledby={id}>
          {value || 'None chosen yet'}
        </p>
        <button type="button" className="button button--small" onClick={() => void choose()}>
          Choose Folder…
        </button>
      </div>
    );
  }
  return (
    <div className="production-folder">
      <label className="field-label" htmlFor={id}>
        Output folder
      </label>
      <div className="production-folder-row">
        <input
          id={id}
          type="text"
          value={value}
          spellCheck={false}
          aria-describedby={helpId}
          placeholder="/home/me/Productions"
          onChange={(e) => onChange(e.target.value)}
        />
        <button type="button" className="button button--small" onClick={onBrowse}>
          Browse…
        </button>
      </div>
      <p id={helpId} className="form-help">
        The full path of the folder to write the volume in; it is made if it does not exist.
      </p>
    </div>
  );
}
