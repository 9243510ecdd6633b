// The Library view's sources with the matters that use each: the library's list, read again when files are
// dropped or a source is removed, and every few seconds while the view shows (files imported on the
// Library & Exhibits tab beside it, or by the command line, appear without a reload); which saved matters
// use them, read once; the open matter's own quotations, as they are now.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LibrarySource } from '../../core/library/library-types';
import { sourcesUsedBy, usageBySource } from '../../core/library/library-usage';
import type { MatterUsage } from '../../core/library/library-usage';
import { desk } from '../api/desk-client';
import { store, useDesk } from '../app/desk-store';
import type { ListedSource } from './source-order';

const NONE: never[] = [];
const RECHECK_MS = 4000;

export function useListedSources(): { sources: ListedSource[]; reload: () => void; loaded: boolean } {
  const [sources, setSources] = useState<LibrarySource[] | null>(null);
  const [onDisk, setOnDisk] = useState<MatterUsage[]>([]);
  const version = useDesk((s) => s.libraryVersion);
  const path = useDesk((s) => s.path);
  const title = useDesk((s) => s.file?.matter.title ?? '');
  const excerpts = useDesk((s) => s.file?.excerpts ?? NONE);
  const readList = useCallback((quietly: boolean) => {
    void desk()
      .listLibrary()
      .then((result) => {
        if (!result.ok) return quietly || store.alert(result.error);
        // Only a list that changed re-renders the table.
        setSources((now) => (JSON.stringify(now) === JSON.stringify(result.value) ? now : result.value));
      });
  }, []);
  const reload = useCallback(() => {
    readList(false);
    void desk()
      .libraryUsage()
      .then((result) => result.ok && setOnDisk(result.value));
  }, [readList]);
  useEffect(reload, [reload, version]);
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') readList(true);
    }, RECHECK_MS);
    return () => clearInterval(timer);
  }, [readList]);
  const listed = useMemo(() => {
    const open = { path, title, sourceIds: sourcesUsedBy(excerpts) };
    const usage = usageBySource(onDisk, open);
    return (sources ?? []).map((s) => ({ ...s, usedIn: usage.get(s.id) ?? [] }));
  }, [sources, onDisk, path, title, excerpts]);
  return { sources: listed, reload, loaded: sources !== null };
}
