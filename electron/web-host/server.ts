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
import { dispatch } from '../ipc/dispatch';
import type { ErrorLog } from '../ipc/dispatch';
import { RENDERER_CSP, readRendererFile } from '../services/renderer-files';
import { checkApiRequest, checkHost } from './request-guard';

export const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

export interface WebHostOptions {
  handlers: PartialHandlers;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  log?: ErrorLog;
}

export interface WebHost {
  port: number;
  token: string;
  /** The address to open, with the token in the fragment. */
  url: string;
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

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        resolve(null);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  options: WebHostOptions,
  port: number,
  token: string,
) {
  const refusal = checkApiRequest(request, port, token);
  if (refusal) return sendJson(response, refusal.status, fail('forbidden', refusal.message));
  if (request.method !== 'POST') return sendJson(response, 405, fail('bad-request', 'API calls use POST.'));
  const channel = decodeURIComponent((request.url ?? '').slice(API_PREFIX.length).split('?')[0] ?? '');
  const text = await readBody(request);
  if (text === null)
    return sendJson(response, 413, fail('bad-request', 'The request is too large (over 64 MB).'));
  let body: unknown;
  try {
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return sendJson(response, 400, fail('bad-request', `${channel}: the request body is not valid JSON.`));
  }
  sendJson(
    response,
    200,
    await dispatch(options.handlers, channel, body, { mode: 'web', shell: null }, options.log),
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
  const token = options.token ?? randomBytes(32).toString('hex');
  let port = 0;
  const server = createServer((request, response) => {
    const work = (request.url ?? '').startsWith(API_PREFIX)
      ? handleApi(request, response, options, port, token)
      : handleStatic(request, response, options.rendererDir, port);
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
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
