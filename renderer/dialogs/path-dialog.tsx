// Browser mode's Open and Save As: the web page cannot show the system's file dialogs, so it asks for a
// path on this computer (Open also lists recent files).
import { useState } from 'react';
import type { FormEvent } from 'react';
import { store } from '../app/desk-store';
import { openMatterAt, saveMatter } from '../app/file-commands';
import { Modal } from './modal';

const close = () => store.set({ dialog: null });

/** The web host resolves paths on this computer; a relative one would land wherever it was started. */
const isFullPath = (path: string): boolean => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path.trim());

function PathProblem({ path, id }: { path: string; id: string }) {
  if (path.trim() === '' || isFullPath(path)) return null;
  return (
    <p id={id} className="form-problem">
      Type the full path, starting with / (or a drive letter such as C:\ on Windows).
    </p>
  );
}

export function OpenDialog({ recent }: { recent: string[] }) {
  const [path, setPath] = useState(recent[0] ?? '');
  const open = async (target: string) => {
    if (!isFullPath(target)) return;
    if (await openMatterAt(target.trim())) close();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void open(path);
  };
  return (
    <Modal
      title="Open matter"
      description="Type the full path of a .cdesk file on this computer, or pick a recent one."
      onCancel={close}
      actions={
        <>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button
            type="submit"
            form="open-form"
            className="button button--primary"
            disabled={!isFullPath(path)}
          >
            Open
          </button>
        </>
      }
    >
      <form id="open-form" onSubmit={onSubmit} className="dialog-form">
        <label htmlFor="open-path" className="field-label">
          File path
        </label>
        <input
          id="open-path"
          data-autofocus
          type="text"
          value={path}
          onChange={(e) => setPath(e.target.value)}
          spellCheck={false}
          placeholder="/home/me/Matters/dallas-inquiry.cdesk"
          aria-describedby="open-path-problem"
        />
        <PathProblem path={path} id="open-path-problem" />
      </form>
      {recent.length > 0 && (
        <div className="recent-files">
          <h3 className="section-heading" id="recent-heading">
            Recent files
          </h3>
          <ul aria-labelledby="recent-heading">
            {recent.map((file) => (
              <li key={file}>
                <button type="button" className="recent-file" onClick={() => void open(file)} title={file}>
                  <span className="recent-name">{file.split(/[\\/]/).pop()}</span>
                  <span className="recent-dir">{file}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Modal>
  );
}

export function SaveAsDialog({ suggestedPath }: { suggestedPath: string }) {
  const [path, setPath] = useState(suggestedPath);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const target = path.trim();
    if (!isFullPath(target)) return;
    close();
    await saveMatter({ path: target.endsWith('.cdesk') ? target : `${target}.cdesk` });
  };
  return (
    <Modal
      title="Save matter as"
      description="Type the full path on this computer where the matter file should go, for example /home/me/Matters/dallas.cdesk."
      onCancel={close}
      actions={
        <>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button
            type="submit"
            form="save-form"
            className="button button--primary"
            disabled={!isFullPath(path)}
          >
            Save
          </button>
        </>
      }
    >
      <form id="save-form" onSubmit={(e) => void onSubmit(e)} className="dialog-form">
        <label htmlFor="save-path" className="field-label">
          File path
        </label>
        <input
          id="save-path"
          data-autofocus
          type="text"
          value={path}
          onChange={(e) => setPath(e.target.value)}
          spellCheck={false}
          aria-describedby="save-path-problem"
        />
        <PathProblem path={path} id="save-path-problem" />
      </form>
    </Modal>
  );
}
