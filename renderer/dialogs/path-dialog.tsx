// Browser mode's Open and Save As: the web page cannot show the system's file dialogs, so it asks for a
// path on this computer (Open also lists recent files). Both are one path form with different wording.
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { store } from '../app/desk-store';
import { openMatterAt, saveMatter } from '../app/file-commands';
import type { RecentMatter } from '../../core/api/contract';
import { RecentMatters } from '../matter-view/recent-matters';
import { Modal } from './modal';

const close = () => store.set({ dialog: null });

/** The web host resolves paths on this computer; a relative one would land wherever it was started. */
const isFullPath = (path: string): boolean => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path.trim());

interface PathFormProps {
  id: string;
  title: string;
  description: string;
  submitLabel: string;
  initialPath: string;
  placeholder: string;
  onSubmit: (path: string) => void | Promise<void>;
  children?: ReactNode;
}

function PathForm({
  id,
  title,
  description,
  submitLabel,
  initialPath,
  placeholder,
  onSubmit,
  children,
}: PathFormProps) {
  const [path, setPath] = useState(initialPath);
  const complete = isFullPath(path);
  // A bare file name is a fine start (Save As suggests one): say what is missing, in red only once the
  // user has typed, so the dialog does not open on an error.
  const [edited, setEdited] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (complete) void onSubmit(path.trim());
  };
  return (
    <Modal
      title={title}
      description={description}
      onCancel={close}
      actions={
        <>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" form={`${id}-form`} className="button button--primary" disabled={!complete}>
            {submitLabel}
          </button>
        </>
      }
    >
      <form id={`${id}-form`} onSubmit={submit} className="dialog-form">
        <label htmlFor={`${id}-path`} className="field-label">
          File path
        </label>
        <input
          id={`${id}-path`}
          data-autofocus
          type="text"
          value={path}
          onChange={(e) => {
            setPath(e.target.value);
            setEdited(true);
          }}
          spellCheck={false}
          placeholder={placeholder}
          aria-invalid={edited && path.trim() !== '' && !complete ? true : undefined}
          aria-describedby={`${id}-path-hint`}
        />
        {path.trim() !== '' && !complete && (
          <p id={`${id}-path-hint`} className={edited ? 'form-problem' : 'form-help'}>
            Put the folder in front of the name, starting with / (or a drive letter such as C:\ on Windows),
            for example {placeholder}.
          </p>
        )}
      </form>
      {children}
    </Modal>
  );
}

export function OpenDialog({ recent }: { recent: RecentMatter[] }) {
  const open = async (target: string) => {
    if (await openMatterAt(target)) close();
  };
  return (
    <PathForm
      id="open"
      title="Open matter"
      description="Type the full path of a .cdesk file on this computer, or pick a recent one."
      submitLabel="Open"
      initialPath={recent[0]?.path ?? ''}
      placeholder="/home/me/Matters/dallas-inquiry.cdesk"
      onSubmit={open}
    >
      <RecentMatters recent={recent} onOpen={(file) => void open(file)} headingId="recent-heading" />
    </PathForm>
  );
}

export function SaveAsDialog({ suggestedPath }: { suggestedPath: string }) {
  const save = async (target: string) => {
    close();
    await saveMatter({ path: target.endsWith('.cdesk') ? target : `${target}.cdesk` });
  };
  return (
    <PathForm
      id="save"
      title="Save matter as"
      description="Type the full path on this computer where the matter file should go, for example /home/me/Matters/dallas.cdesk."
      submitLabel="Save"
      initialPath={suggestedPath}
      placeholder="/home/me/Matters/dallas.cdesk"
      onSubmit={save}
    />
  );
}
