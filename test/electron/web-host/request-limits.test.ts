// The web host's limits over real HTTP: a body over the limit is answered 413 (the client reads it before
// the connection ends), concurrent bodies share one budget (503 beyond it), and an address that names no
// API call is a 400 with a message, never a 500.
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import type { ClientRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PartialHandlers } from '../../../electron/handlers/handler-types';
import { startWebHost } from '../../../electron/web-host/server';
import type { WebHost } from '../../../electron/web-host/server';

const MB = 1024 * 1024;
let host: WebHost;
const logged: unknown[] = [];
const handlers: PartialHandlers = {
  'app:info': async () => ({ version: '1.0.0', mode: 'web', platform: 'test' }),
};

interface Reply {
  status: number;
  body: { ok: boolean; error?: { code: string; message: string } };
}

/** A JSON body of exactly `size` bytes: `{}` and spaces. */
const jsonOf = (size: number) => Buffer.from(`{}${' '.repeat(size - 2)}`);

/** Starts a POST; the body is written by the caller. Chunked unless `length` is given. */
function post(channelPath: string, length?: number): { req: ClientRequest; reply: Promise<Reply> } {
  const headers: Record<string, string | number> = {
    host: `127.0.0.1:${host.port}`,
    origin: `http://127.0.0.1:${host.port}`,
    'x-desk-token': host.token,
    'content-type': 'application/json',
  };
  if (length !== undefined) headers['content-length'] = length;
  else headers['transfer-encoding'] = 'chunked';
  const req = request({ host: '127.0.0.1', port: host.port, method: 'POST', path: channelPath, headers });
  const reply = new Promise<Reply>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Reply['body'] }));
    });
    req.on('error', reject);
  });
  return { req, reply };
}

const send = (channelPath: string, body: Buffer, chunked = false) => {
  const call = post(channelPath, chunked ? undefined : body.length);
  call.req.end(body);
  return call.reply;
};

beforeAll(async () => {
  host = await startWebHost({
    handlers,
    rendererDir: mkdtempSync(path.join(tmpdir(), 'desk-renderer-')),
    log: (_message, error) => logged.push(error),
    limits: { requestBytes: 1 * MB, bytesInFlight: 1.5 * MB },
  });
});

afterAll(() => host.close());

describe('a body over the limit', () => {
  it.each([
    ['with its Content-Length', false],
    ['sent in chunks without one', true],
  ])('is answered 413, %s, and the client reads the answer', async (_how, chunked) => {
    const reply = await send('/api/app:info', jsonOf(2 * MB), chunked);
    expect(reply.status).toBe(413);
    expect(reply.body.error).toMatchObject({ code: 'bad-request' });
    expect(reply.body.error?.message).toContain('at most 1 MB');
  });

  it('leaves the host answering the next request, with nothing held', async () => {
    expect(await send('/api/app:info', jsonOf(100))).toMatchObject({ status: 200, body: { ok: true } });
    expect(host.bodyBytesInFlight()).toBe(0);
  });
});

describe('one budget for bodies in flight', () => {
  it.each([
    ['declared by Content-Length', false],
    ['arriving in chunks', true],
  ])('answers 503 to a body that would exceed it (%s), then serves again', async (_how, chunked) => {
    const size = Math.round(0.9 * MB);
    const first = post('/api/app:info', chunked ? undefined : size);
    first.req.write(jsonOf(size).subarray(0, chunked ? size - 10 : 1000));
    await vi.waitFor(() => expect(host.bodyBytesInFlight()).toBeGreaterThan(0.8 * MB));

    const second = await send('/api/app:info', jsonOf(size), chunked);
    expect(second.status).toBe(503);
    expect(second.body.error?.message).toMatch(/still receiving other large requests.*try again/);

    first.req.end(jsonOf(size).subarray(chunked ? size - 10 : 1000));
    expect(await first.reply).toMatchObject({ status: 200, body: { ok: true } });
    await vi.waitFor(() => expect(host.bodyBytesInFlight()).toBe(0));
    expect((await send('/api/app:info', jsonOf(size), chunked)).status).toBe(200);
  });
});

describe('an address that names no API call', () => {
  it.each([
    ['a broken escape', '/api/%E0%A4%A'],
    ['a lone %', '/api/app:info%'],
    ['an unknown name', '/api/shell:exec'],
    ['a path in the name', '/api/..%2F..%2Fetc%2Fpasswd'],
  ])('is a 400 with a message, not a 500 (%s)', async (_what, address) => {
    logged.length = 0;
    const reply = await send(address, jsonOf(2));
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatchObject({ code: 'bad-request' });
    expect(reply.body.error?.message).toContain('is not an API call of this Counsel Desk');
    expect(reply.body.error?.message).not.toMatch(/\n\s+at /);
    expect(logged).toEqual([]);
  });
});
