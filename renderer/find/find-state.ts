// Whether Find (Ctrl+F) or Find and replace (Ctrl+H) is open over the draft. A small store of its own, so
// the shortcuts (in the editor or anywhere in the window) open the panel that the open draft renders.
import { useSyncExternalStore } from 'react';

export type FindMode = 'find' | 'replace';

interface FindState {
  open: boolean;
  mode: FindMode;
  /** Bumped on every request to open, so asking again puts the cursor back in the Find field. */
  request: number;
}

let state: FindState = { open: false, mode: 'find', request: 0 };
const listeners = new Set<() => void>();

function set(next: FindState): void {
  state = next;
  for (const listener of listeners) listener();
}

export const openFind = (mode: FindMode): void => set({ open: true, mode, request: state.request + 1 });
export const closeFind = (): void => set({ ...state, open: false });

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useFindState = (): FindState => useSyncExternalStore(subscribe, () => state);
