// This window's name for its own recovery slot. Kept for the tab's life (sessionStorage survives a reload,
// so a reloaded window finds its own unsaved work), and different in every other window or tab.
const KEY = 'counsel-desk-window-id';

let cached: string | undefined;

const fresh = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

export function windowId(): string {
  if (cached) return cached;
  try {
    cached = sessionStorage.getItem(KEY) ?? fresh();
    sessionStorage.setItem(KEY, cached);
  } catch {
    // Storage refused (a locked-down profile): the window still has its own slot until it is reloaded.
    cached ??= fresh();
  }
  return cached;
}
