// Browser mode's access token: it arrives in the address (`#token=…`, which browsers never send to a
// server), is kept in this tab's sessionStorage, and is removed from the address bar at once, so it does
// not linger on screen, in screenshots, in the history list or in a bookmark. A reload finds it in the
// tab's storage; a new tab needs the printed address again.
import { tokenFromHash } from '../../core/api/http-client';

export const TOKEN_STORAGE_KEY = 'counsel-desk-token';

/** The parts of `window` this needs, so it can be tested without a browser. */
export interface TokenPlace {
  location: { hash: string; pathname: string; search: string };
  history: { state: unknown; replaceState(data: unknown, unused: string, url?: string): void };
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

export function takeLaunchToken(place: TokenPlace): string | null {
  const fromAddress = tokenFromHash(place.location.hash);
  let stored: string | null = null;
  try {
    if (fromAddress) place.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromAddress);
    stored = place.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    // Storage can be switched off; then this page load still works with the address's token.
  }
  if (fromAddress) {
    const { pathname, search } = place.location;
    place.history.replaceState(place.history.state, '', `${pathname}${search}`);
  }
  return fromAddress ?? stored;
}
