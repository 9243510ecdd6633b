// The renderer's one way to reach the app: `window.desk` from the Electron preload when present, otherwise
// the browser-mode HTTP client with the per-launch token from the page's URL fragment.
import type { DeskApi } from '../../core/api/desk-api';
import { createHttpDesk, tokenFromHash } from '../../core/api/http-client';

declare global {
  interface Window {
    desk?: DeskApi;
  }
}

let cached: DeskApi | undefined;

export function desk(): DeskApi {
  if (cached) return cached;
  cached = window.desk ?? createHttpDesk({ token: tokenFromHash(window.location.hash) ?? '' });
  return cached;
}

/** True in the desktop app, where native dialogs choose file paths. */
export const hasNativeDialogs = (): boolean => window.desk !== undefined;
