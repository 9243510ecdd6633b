// Browser mode's Open and Save As: the web page cannot show the system's file dialogs, so it browses the
// folders the host lists (the user's home by default) and keeps a typed full path for those who know it.
// Open also lists recent files.
import { useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { store } from '../app/desk-store';
import { openMatterAt, saveMatter } from '../app/file-commands';
import type { RecentMatter } from '../../core/api/contract';
import { RecentMatters } from '../matter-view/recent-matters';
import { FolderBrowser } from './folder-browser';
import { joinPath, parentOf } from './folder-browser-state';
import { Modal } from './modal';
import { PathField, isFullPath } from './path-field';

const close = () => store.set({ dialog: null });

const withExtension = (name: string): string =>
  name.toLowerCase().endsWith('.cdesk') ? name : `${name}.cdesk`;

interface PathModalProps {
  id: string;
  title: string;
  description: string;
  submitLabel: string;
  path: string;
  onSubmit: (path: string) => void | Promise<void>;
  children: ReactNode;
  after?: ReactNode;
}

function PathModal({ id, title, description, submitLabel, path, onSubmit, children, after }: PathModalProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isFullPath(path)) void onSubmit(path.trim());
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
          <button
            type="submit"
            form={`${id}-form`}
            className="button button--primary"
            disabled={!isFullPath(path)}
          >
            {submitLabel}
          </button>
        </>
      }
    >
      <form id={`${id}-form`} onSubmit={submit} className="dialog-form path-form">
        {children}
      </form>
      {after}
    </Modal>
  );
}

export function OpenDialog({ recent }: { recent: RecentMatter[] }) {
  const [path, setPath] = useState(recent[0]?.path ?? '');
  const open = async (target: string) => {
    if (await openMatterAt(target)) close();
  };
  const last = recent[0]?.path;
  return (
    <PathModal
      id="open"
      title="Open matter"
      description="Open a folder with Enter or a double-click, then choose the .cdesk file; or type its full path, or pick a recent one."
      submitLabel="Open"
      path={path}
      onSubmit={open}
      after={<RecentMatters recent={recent} onOpen={(file) => void open(file)} headingId="recent-heading" />}
    >
      <FolderBrowser
        filter="matter"
        label="Folders and matter files"
        {...(last ? { startIn: parentOf(last) } : {})}
        onSelectFile={(entry) => setPath(entry.path)}
        onChooseFile={(entry) => void open(entry.path)}
        autoFocus
      />
      <PathField
        id="open"
        path={path}
        onChange={setPath}
        placeholder="/home/me/Matters/dallas-inquiry.cdesk"
      />
    </PathModal>
  );
}

export function SaveAsDialog({ suggestedPath }: { suggestedPath: string }) {
  const cut = Math.max(suggestedPath.lastIndexOf('/'), suggestedPath.lastIndexOf('\\'));
  const [name, setName] = useState(suggestedPath.slice(cut + 1));
  const [path, setPath] = useState(suggestedPath);
  const folder = useRef('');
  // A path the user typed stands until they choose a name or a folder again (the first listing arriving
  // late does not replace it).
  const typed = useRef(false);
  const navigated = useRef(false);
  const follow = (nextFolder: string, nextName: string) => {
    if (nextFolder && nextName.trim()) setPath(joinPath(nextFolder, withExtension(nextName.trim())));
  };
  const save = async (target: string) => {
    close();
    await saveMatter({ path: withExtension(target) });
  };
  return (
    <PathModal
      id="save"
      title="Save matter as"
      description="Name the file and open the folder it goes in (Enter or a double-click on a folder); or type its full path."
      submitLabel="Save"
      path={path}
      onSubmit={save}
    >
      <label htmlFor="save-name" className="field-label">
        File name
      </label>
      <input
        id="save-name"
        data-autofocus
        type="text"
        value={name}
        spellCheck={false}
        onFocus={(e) => e.target.select()}
        onChange={(e) => {
          setName(e.target.value);
          typed.current = false;
          follow(folder.current, e.target.value);
        }}
      />
      <FolderBrowser
        filter="matter"
        label="Folders and matter files"
        {...(cut > 0 ? { startIn: parentOf(suggestedPath) } : {})}
        onFolderChange={(next) => {
          folder.current = next;
          if (navigated.current) typed.current = false;
          navigated.current = true;
          // Not while the user is in the path field: a value changed under their selection would append what
          // they type to the folder's path instead of replacing it.
          const inPathField = document.activeElement?.id === 'save-path';
          if (!typed.current && !inPathField) follow(next, name);
        }}
        onSelectFile={(entry) => {
          setName(entry.name);
          typed.current = false;
          follow(folder.current, entry.name);
        }}
        onChooseFile={(entry) => void save(entry.path)}
      />
      <PathField
        id="save"
        path={path}
        placeholder="/home/me/Matters/dallas.cdesk"
        onChange={(next) => {
          typed.current = true;
          setPath(next);
        }}
      />
    </PathModal>
  );
}
