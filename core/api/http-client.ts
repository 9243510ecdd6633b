// Browser mode: the same DeskApi as the Electron preload, over HTTP to the local web host.
// Each call is `POST /api/<channel>` with the JSON request as body and the per-launch token in the
// `x-desk-token` header. The token reaches the page in the URL fragment (`#token=<hex>`), which browsers
// never send to a server, so it is not in index.html for any other local user to fetch.
import type { Channel } from './contract';
import { buildDeskApi } from './desk-api';
import type { DeskApi } from './desk-api';
import type { ApiResult } from './result';

export const TOKEN_HEADER = 'x-desk-token';
export const API_PREFIX = '/api/';

/** Reads the token from a location hash such as `#token=ab12…` (other `&key=value` parts are ignored). */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token && /^[0-9a-f]{16,128}$/i.test(token) ? token : null;
}

export interface HttpDeskOptions {
  token: string;
  /** Where the web host listens; defaults to the page's own origin (relative URLs). */
  baseUrl?: string;
  fetch?: typeof fetch;
}

const unreachable = (channel: Channel, reason: string): ApiResult<never> => ({
  ok: false,
  error: {
    code: 'io-error',
    message: `Counsel Desk's local server did not answer (${channel}: ${reason}). Check that the "npm start" or "npm run web" window is still running, then try again.`,
  },
});

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const ok = (value as { ok?: unknown }).ok;
  return ok === true || (ok === false && typeof (value as { error?: unknown }).error === 'object');
}

export function createHttpDesk(options: HttpDeskOptions): DeskApi {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const base = (options.baseUrl ?? '').replace(/\/$/, '');
  const call = async (channel: Channel, request: unknown): Promise<ApiResult<unknown>> => {
    let response: Response;
    try {
      response = await doFetch(`${base}${API_PREFIX}${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: options.token },
        body: JSON.stringify(request ?? {}),
      });
    } catch (error) {
      return unreachable(channel, error instanceof Error ? error.message : String(error));
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return unreachable(channel, `HTTP ${response.status} without a readable answer`);
    }
    return isApiResult(body)
      ? body
      : unreachable(channel, `HTTP ${response.status} with an unexpected answer`);
  };
  // Menus are native to the desktop app; the browser page uses its own keyboard shortcuts.
  return buildDeskApi(call, () => () => undefined);
}
