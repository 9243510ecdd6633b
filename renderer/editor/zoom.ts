// Zoom of the draft's page, as Word's: Ctrl+plus and Ctrl+minus step through the usual sizes, Ctrl+0 goes
// back to 100%. Only the page is enlarged (the toolbar and panels stay as they are); the choice is kept
// for the next session on this computer.
import { useSyncExternalStore } from 'react';

export const ZOOM_STEPS = [50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200] as const;
const KEY = 'counsel-desk.zoom';

function stored(): number {
  try {
    const value = Number(localStorage.getItem(KEY));
    return (ZOOM_STEPS as readonly number[]).includes(value) ? value : 100;
  } catch {
    return 100;
  }
}

let zoom = typeof localStorage === 'undefined' ? 100 : stored();
const listeners = new Set<() => void>();

function setZoom(next: number): void {
  if (next === zoom) return;
  zoom = next;
  try {
    localStorage.setItem(KEY, String(next));
  } catch {
    // Private windows may refuse storage; the zoom still applies to this session.
  }
  for (const listener of listeners) listener();
}

export const zoomIn = (): void => setZoom(ZOOM_STEPS.find((step) => step > zoom) ?? zoom);
export const zoomOut = (): void => setZoom([...ZOOM_STEPS].reverse().find((step) => step < zoom) ?? zoom);
export const resetZoom = (): void => setZoom(100);

export const useZoom = (): number =>
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => zoom,
  );

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Ctrl+plus / Ctrl+minus / Ctrl+0 anywhere in the window while a draft is open (the browser's page zoom gives way). */
export function installZoomShortcuts(): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(isMac ? event.metaKey : event.ctrlKey) || event.altKey) return;
    const { key, code } = event;
    let run: (() => void) | undefined;
    if (key === '+' || key === '=' || code === 'Equal' || code === 'NumpadAdd') run = zoomIn;
    else if (key === '-' || code === 'Minus' || code === 'NumpadSubtract') run = zoomOut;
    else if (key === '0' || code === 'Digit0' || code === 'Numpad0') run = resetZoom;
    if (!run) return;
    event.preventDefault();
    run();
  };
  window.addEventListener('keydown', onKeyDown, true);
  return () => window.removeEventListener('keydown', onKeyDown, true);
}
