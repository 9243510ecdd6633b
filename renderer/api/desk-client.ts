// The renderer's one way to reach the app: `window.desk` from the Electron preload when present, otherwise
// the browser-mode HTTP client with the per-launch token (see launch-token.ts).
import type { DeskApi } from '../../core/api/desk-api';
import { createHttpDesk } from '../../core/api/http-client';
import { takeLaunchToken } from './launch-token';

declare global {
  interface Window {
    desk?: DeskApi;
  }
}

let cached: DeskApi | undefined;

export function desk(): DeskApi {
  if (cached) return cached;
  cached = window.desk ?? createHttpDesk({ token: takeLaunchToken(window) ?? '' });
  return cached;
}

/** True in the desktop app, where native dialogs choose file paths. */
export const hasNativeDialogs = (): boolean => window.desk !== undefined;
