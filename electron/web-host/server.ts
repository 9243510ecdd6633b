// Browser mode: the same handlers as the desktop app over HTTP/JSON on 127.0.0.1 only, and the built
// renderer as static files. Every API call is `POST /api/<channel>` carrying the per-launch token.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_PREFIX } from '../../core/api/http-client';
import { fail } from '../../core/api/result';
import type { ApiResult } from '../../core/api/result';
import type { PartialHandlers } from '../handlers/handler-types';
import { dispatch, isChannel } from '../ipc/dispatch';
import type { ErrorLog } from '../ipc/dispatch';
import { RENDERER_CSP, readRendererFile } from '../services/renderer-files';
import { browserPathRules } from './browser-path-rules';
import { BodyBudget, MAX_BYTES_IN_FLIGHT, MAX_REQUEST_BYTES, discardBody, readBody } from './request-body';
import { checkApiRequest, checkHost } from './request-guard';

export { MAX_REQUEST_BYTES };

export interface WebHostOptions {
  handlers: PartialHandlers;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  log?: ErrorLog;
  /** One request body's limit (413 beyond it) and all bodies' at once (503 beyond it). */
  limits?: { requestBytes: number; bytesInFlight: number };
}

export interface WebHost {
  port: number;
  token: string;
  /** The address to open, with the token in the fragment. */
  url: string;
  /** Bytes of request bodies the host holds right now. */
  bodyBytesInFlight(): number;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'content-security-policy': RENDERER_CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function sendJson(response: ServerResponse, status: number, body: ApiResult<unknown>): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

/** The channel an API address names, or null when it names none (bad escapes, unknown names). */
function channelOf(url: string): string | null {
  try {
    const name = decodeURIComponent(url.slice(API_PREFIX.length).split('?')[0] ?? '');
    return isChannel(name) ? name : null;
  } catch {
    return null;
  }
}

interface HostState {
  port: number;
  token: string;
  budget: BodyBudget;
  requestBytes: number;
}

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  options: WebHostOptions,
  host: HostState,
) {
  const refuse = (status: number, code: 'forbidden' | 'bad-request', message: string) => {
    discardBody(request, host.requestBytes);
    sendJson(response, status, fail(code, message));
  };
  const refusal = checkApiRequest(request, host.port, host.token);
  if (refusal) return refuse(refusal.status, 'forbidden', refusal.message);
  if (request.method !== 'POST') return refuse(405, 'bad-request', 'API calls use POST.');
  const channel = channelOf(request.url ?? '');
  if (!channel) {
    const name = (request.url ?? '').slice(API_PREFIX.length, API_PREFIX.length + 80);
    return refuse(
      400,
      'bad-request',
      `"${name}" is not an API call of this Counsel Desk. The page and the server may be different versions; reload the page.`,
    );
  }
  const { body, release } = readBody(request, host.requestBytes, host.budget);
  response.once('close', release);
  const read = await body;
  if (!read.ok) return sendJson(response, read.status, fail('bad-request', read.message));
  let parsed: unknown;
  try {
    parsed = read.text.trim() === '' ? {} : JSON.parse(read.text);
  } catch {
    return sendJson(response, 400, fail('bad-request', `${channel}: the request body is not valid JSON.`));
  }
  const ctx = { mode: 'web', shell: null } as const;
  sendJson(
    response,
    200,
    await dispatch(options.handlers, channel, parsed, ctx, options.log, browserPathRules),
  );
}

async function handleStatic(
  request: IncomingMessage,
  response: ServerResponse,
  rendererDir: string,
  port: number,
) {
  const refusal = checkHost(request, port);
  const plain = { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' };
  if (refusal) return void response.writeHead(refusal.status, plain).end(refusal.message);
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return void response.writeHead(405, plain).end('Method not allowed');
  const file = await readRendererFile(rendererDir, request.url ?? '/');
  if (!file) return void response.writeHead(404, plain).end('Not found');
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': file.contentType,
    'cache-control': 'no-cache',
  });
  response.end(request.method === 'HEAD' ? undefined : file.body);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const limits = options.limits ?? { requestBytes: MAX_REQUEST_BYTES, bytesInFlight: MAX_BYTES_IN_FLIGHT };
  const host: HostState = {
    port: 0,
    token: options.token ?? randomBytes(32).toString('hex'),
    budget: new BodyBudget(limits.bytesInFlight),
    requestBytes: limits.requestBytes,
  };
  const server = createServer((request, response) => {
    const work = (request.url ?? '').startsWith(API_PREFIX)
      ? handleApi(request, response, options, host)
      : handleStatic(request, response, options.rendererDir, host.port);
    work.catch((error: unknown) => {
      (options.log ?? console.error)('Counsel Desk web host: request failed', error);
      if (!response.headersSent)
        sendJson(response, 500, fail('internal', 'The local server hit a problem. Try again.'));
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  host.port = port;
  return {
    port,
    token: host.token,
    url: `http://127.0.0.1:${port}/#token=${host.token}`,
    bodyBytesInFlight: () => host.budget.inFlight,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
