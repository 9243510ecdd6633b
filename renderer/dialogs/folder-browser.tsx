// Browser mode's folder browser, as in a desktop file dialog: where you are (a breadcrumb), Up, and the
// folder's subfolders and matching files from the host (folder:list), inside the user's home by default.
// Open and Save As use it for .cdesk files; with filter "folders" it picks a folder (ChooseFolderDialog).
import { useEffect, useId } from 'react';
import type { FolderEntry, FolderFilter } from '../../core/api/folder-channels';
import { FolderList } from './folder-browser-list';
import { useFolderListing } from './folder-browser-state';
import './folder-browser.css';

export interface FolderBrowserProps {
  /** Which files show beside the folders: "matter" (.cdesk), "docx", or "folders" for none. */
  filter: FolderFilter;
  /** The list's accessible name, e.g. "Folders and matter files". */
  label: string;
  /** The folder to start in; when absent or not allowed, the top (the user's home). */
  startIn?: string;
  /** A file chosen with Enter or a double-click. */
  onChooseFile?: (entry: FolderEntry) => void;
  /** A file selected with the arrows or a click (Save As puts its name in the name field). */
  onSelectFile?: (entry: FolderEntry) => void;
  /** The folder shown, each time it changes: where Save As writes, what a folder chooser picks. */
  onFolderChange?: (folder: string) => void;
  /** Focus the list when the dialog opens. */
  autoFocus?: boolean;
}

const EMPTY: Record<FolderFilter, string> = {
  matter: 'No folders or matter files (.cdesk) here.',
  docx: 'No folders or Word documents (.docx) here.',
  folders: 'No folders here.',
};

export function FolderBrowser(props: FolderBrowserProps) {
  const { filter, label, startIn, onChooseFile, onSelectFile, onFolderChange, autoFocus } = props;
  const id = useId().replace(/:/g, '');
  const state = useFolderListing(filter, startIn);
  const { listing, problem, active, go } = state;
  const folder = listing?.folder;
  // Only the user's moves pick a file (the first entry of a new listing is highlighted, not chosen).
  const select = (index: number) => {
    state.setActive(index);
    const entry = listing?.entries[index];
    if (entry?.kind === 'file') onSelectFile?.(entry);
  };

  useEffect(() => {
    if (folder) onFolderChange?.(folder);
  }, [folder]); // eslint-disable-line react-hooks/exhaustive-deps -- only when the folder changes

  // The Up button or a breadcrumb may vanish or be disabled once the folder changes: the keyboard carries
  // on from the list.
  const goAndFocus = (folder: string, select?: string) => {
    go(folder, select);
    document.getElementById(`${id}-list`)?.focus();
  };
  const up = () => {
    if (listing?.parent) goAndFocus(listing.parent, listing.folder);
  };
  const open = (entry: FolderEntry) => (entry.kind === 'folder' ? go(entry.path) : onChooseFile?.(entry));
  const crumbs = listing?.crumbs ?? [];

  return (
    <div className="folder-browser" aria-busy={state.loading}>
      <div className="folder-browser-bar">
        <button
          type="button"
          className="button folder-up"
          onClick={up}
          disabled={!listing?.parent}
          title="The folder above (Backspace in the list)"
        >
          Up
        </button>
        <nav aria-label="Current folder" className="folder-crumbs">
          <ol>
            {crumbs.map((crumb, index) =>
              index === crumbs.length - 1 ? (
                <li key={crumb.path} aria-current="location" title={crumb.path}>
                  {crumb.name}
                </li>
              ) : (
                <li key={crumb.path}>
                  <button
                    type="button"
                    className="folder-crumb"
                    title={crumb.path}
                    onClick={() => goAndFocus(crumb.path)}
                  >
                    {crumb.name}
                  </button>
                </li>
              ),
            )}
          </ol>
        </nav>
      </div>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <FolderList
        id={`${id}-list`}
        label={label}
        entries={listing?.entries ?? []}
        active={active}
        onActive={select}
        onOpen={open}
        onUp={up}
        autoFocus={autoFocus}
        emptyText={listing ? EMPTY[filter] : 'Reading the folder…'}
      />
      <div className="folder-browser-foot">
        {listing && listing.total > listing.entries.length && (
          <p className="form-help">
            This folder holds {listing.total.toLocaleString()} items; the first{' '}
            {listing.entries.length.toLocaleString()} are shown. Type the path to reach the others.
          </p>
        )}
        <label className="folder-hidden">
          <input
            type="checkbox"
            checked={state.showHidden}
            onChange={(event) => state.setShowHidden(event.target.checked)}
          />{' '}
          Show hidden files
        </label>
      </div>
    </div>
  );
}
