import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpDesk } from '../../../core/api/http-client';
import type { PartialHandlers } from '../../../electron/handlers/handler-types';
import { startWebHost } from '../../../electron/web-host/server';
import type { WebHost } from '../../../electron/web-host/server';

let host: WebHost;
let base: string;
const rendererDir = mkdtempSync(path.join(tmpdir(), 'desk-renderer-'));
const secretDir = path.dirname(rendererDir);

const handlers: PartialHandlers = {
  'app:info': async (_request, ctx) => ({ version: '9.9.9', mode: ctx.mode, platform: 'test' }),
};

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  method: string,
  urlPath: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, method, path: urlPath, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const goodHeaders = () => ({
  host: `127.0.0.1:${host.port}`,
  origin: base,
  'x-desk-token': host.token,
  'content-type': 'application/json',
});
const api = (headers: Record<string, string>) => send('POST', '/api/app:info', headers, '{}');

beforeAll(async () => {
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Counsel Desk</title>');
  mkdirSync(path.join(rendererDir, 'assets'));
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(secretDir, 'desk-secret.txt'), 'not for the web');
  host = await startWebHost({ handlers, rendererDir, port: 0, log: () => undefined });
  base = `http://127.0.0.1:${host.port}`;
});

afterAll(() => host.close());

describe('web host API', () => {
  it('prints an address on 127.0.0.1 carrying the token in the fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers a request from its own page with the token', async () => {
    const reply = await api(goodHeaders());
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({
      ok: true,
      value: { version: '9.9.9', mode: 'web', platform: 'test' },
    });
  });

  it.each([
    ['no token', { 'x-desk-token': '' }, 401],
    ['a wrong token', { 'x-desk-token': 'f'.repeat(64) }, 401],
    ['a foreign Origin', { origin: 'http://evil.example' }, 403],
    ['a look-alike Origin', { origin: 'http://localhost:1' }, 403],
    ['no Origin', { origin: '' }, 403],
    ['a rebinding Host', { host: 'evil.example' }, 403],
    ['localhost as Host', { host: 'localhost' }, 403],
  ])('refuses a request with %s', async (_what, change, status) => {
    // An empty value means the header is left out altogether.
    const merged = Object.entries({ ...goodHeaders(), ...change }).filter(([, value]) => value !== '');
    const headers = Object.fromEntries(merged);
    if ('host' in change) headers.host = change.host === 'localhost' ? `localhost:${host.port}` : change.host;
    const reply = await api(headers);
    expect(reply.status).toBe(status);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers a bad request body as bad-request', async () => {
    const reply = await send('POST', '/api/app:info', goodHeaders(), '{not json');
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('works through the browser-mode client with the same method names as the preload', async () => {
    const desk = createHttpDesk({
      token: host.token,
      baseUrl: base,
      // Node's fetch sends no Origin by itself; a browser page on this host always does.
      fetch: (input, init) =>
        fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), origin: base } }),
    });
    expect(await desk.appInfo()).toMatchObject({ ok: true, value: { mode: 'web' } });
    expect(await desk.checkRecovery()).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('web host static files', () => {
  const get = (urlPath: string, hostHeader = `127.0.0.1:${host.port}`) =>
    send('GET', urlPath, { host: hostHeader });

  it('serves the renderer with content types and the CSP', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    expect(index.body).not.toContain(host.token);
    const script = await get('/assets/app.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    '/../desk-secret.txt',
    '/%2e%2e/desk-secret.txt',
    '/assets/..%2f..%2fdesk-secret.txt',
    '/..%5cdesk-secret.txt',
  ])('never serves files outside the renderer folder (%s)', async (urlPath) => {
    const reply = await get(urlPath);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('not for the web');
  });

  it('refuses pages to a foreign Host (DNS rebinding)', async () => {
    expect((await get('/', 'attacker.example:80')).status).toBe(403);
  });
});
