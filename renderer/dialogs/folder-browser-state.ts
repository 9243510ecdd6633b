// What the folder browser shows: the host's listing of one folder, where the selection is, and the message
// when a folder cannot be shown (the browser then stays where it was).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FolderFilter, FolderListing } from '../../core/api/folder-channels';
import { desk } from '../api/desk-client';

export interface FolderBrowserState {
  listing: FolderListing | null;
  /** Why the last folder asked for is not shown, naming it. */
  problem: string | null;
  loading: boolean;
  active: number;
  setActive: (index: number) => void;
  showHidden: boolean;
  setShowHidden: (show: boolean) => void;
  /** Shows `folder` (absent: the top of what may be browsed); selects `select` in it when given. */
  go: (folder?: string, select?: string) => void;
}

export function useFolderListing(filter: FolderFilter, startIn: string | undefined): FolderBrowserState {
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [active, setActive] = useState(0);
  const [showHidden, setShowHidden] = useState(false);
  const latest = useRef(0);
  const shown = useRef<string | undefined>(startIn);

  const load = useCallback(
    async (folder: string | undefined, select?: string, fallBackToRoot = false) => {
      const ticket = ++latest.current;
      setLoading(true);
      const ask = (at: string | undefined) =>
        desk().listFolder({ ...(at ? { path: at } : {}), filter, showHidden });
      const first = await ask(folder);
      const result = !first.ok && fallBackToRoot && folder ? await ask(undefined) : first;
      if (ticket !== latest.current) return; // a later click won
      setLoading(false);
      if (!result.ok) return void setProblem(result.error.message);
      shown.current = result.value.folder;
      setProblem(null);
      setListing(result.value);
      const index = select ? result.value.entries.findIndex((e) => e.path === select) : -1;
      setActive(Math.max(0, index));
    },
    [filter, showHidden],
  );

  // The first listing (where the dialog starts, or the top when that cannot be shown), and again when hidden
  // files are shown or hidden.
  useEffect(() => {
    void load(shown.current, undefined, true);
  }, [load]);

  const go = useCallback((folder?: string, select?: string) => void load(folder, select), [load]);
  return { listing, problem, loading, active, setActive, showHidden, setShowHidden, go };
}

/** The separator the host's paths use (a Windows host answers C:\Users\…). */
export const separatorOf = (folder: string): string =>
  folder.includes('\\') && !folder.includes('/') ? '\\' : '/';

export const joinPath = (folder: string, name: string): string =>
  folder.endsWith(separatorOf(folder)) ? `${folder}${name}` : `${folder}${separatorOf(folder)}${name}`;

export const parentOf = (filePath: string): string => {
  const cut = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
  return cut > 0 ? filePath.slice(0, cut) : filePath.slice(0, cut + 1);
};
