// Whether the page view is open, and a promise for its pages being laid out (print waits for it).
import { useSyncExternalStore } from 'react';

let open = false;
const listeners = new Set<() => void>();
let settle: (() => void) | null = null;
let settled: Promise<void> = Promise.resolve();

const notify = () => listeners.forEach((listener) => listener());

export function setPageViewOpen(value: boolean): void {
  if (value === open) return;
  open = value;
  if (open) settled = new Promise((resolve) => (settle = resolve));
  notify();
}

export const isPageViewOpen = (): boolean => open;

export function usePageViewOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
  );
}

/** The pane says its layout is complete (or that it will not lay out: no draft). */
export function pagesLaidOut(): void {
  settle?.();
  settle = null;
}

/** The layout is being redone; print waits for the new pages. */
export function pagesPending(): void {
  if (settle) return;
  settled = new Promise((resolve) => (settle = resolve));
}

export const whenPagesLaidOut = (): Promise<void> => settled;
