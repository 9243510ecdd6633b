// Changing the matter: sets the value, then (shortly after the user pauses) re-fills every linked field
// chip in every draft: the open one through the editor (undoable), the others in their stored blocks.
import { refreshFields } from '../../core/template/refresh-fields';
import type { Matter } from '../../core/matter/schema';
import { store } from '../app/desk-store';
import { getAt, setAt } from './matter-path';
import { newListItem } from './matter-schema-info';

const REFRESH_DELAY_MS = 120;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;

export function refreshDraftsNow(): void {
  clearTimeout(refreshTimer);
  refreshTimer = undefined;
  const file = store.get().file;
  if (!file) return;
  const live = store.liveEditor;
  const drafts = file.drafts.map((draft) => {
    if (live && draft.id === live.draftId) return draft;
    const children = refreshFields(draft.document.children, file.matter);
    return children === draft.document.children
      ? draft
      : { ...draft, document: { ...draft.document, children } };
  });
  store.set({ file: { ...file, drafts } });
  live?.refresh(file.matter);
}

function updateMatter(update: (matter: Matter) => Matter): void {
  const file = store.get().file;
  if (!file) return;
  store.set({ file: { ...file, matter: update(file.matter) } });
  store.markDirty();
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(refreshDraftsNow, REFRESH_DELAY_MS);
}

export const setMatterValue = (path: string, value: unknown): void =>
  updateMatter((matter) => setAt(matter, path, value));

/** One past the highest item number so far: after removing request 2 of 3, the next one is 4, not 3 again. */
function nextItemNumber(list: unknown[]): number {
  const numbers = list.map((item) => Number.parseInt(String(getAt(item, 'number') ?? ''), 10));
  return Math.max(list.length, ...numbers.filter((n) => Number.isFinite(n))) + 1;
}

export function addListItem(listPath: string): void {
  updateMatter((matter) => {
    const list = (getAt(matter, listPath) as unknown[] | undefined) ?? [];
    return setAt(matter, listPath, [...list, newListItem(listPath, nextItemNumber(list))]);
  });
}

export function removeListItem(listPath: string, index: number): void {
  updateMatter((matter) => {
    const list = (getAt(matter, listPath) as unknown[] | undefined) ?? [];
    return setAt(
      matter,
      listPath,
      list.filter((_item, i) => i !== index),
    );
  });
}
