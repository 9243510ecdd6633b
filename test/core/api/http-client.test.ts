import { describe, expect, it } from 'vitest';
import { createHttpDesk, tokenFromHash } from '../../../core/api/http-client';

const token = 'ab'.repeat(32);

describe('tokenFromHash', () => {
  it.each([
    [`#token=${token}`, token],
    [`#recovered=1&token=${token}`, token],
    ['#token=not-hex!', null],
    ['#token=ab', null],
    ['', null],
  ])('reads %j as %j', (hash, expected) => {
    expect(tokenFromHash(hash)).toBe(expected);
  });
});

describe('createHttpDesk', () => {
  it('posts each named method to /api/<channel> with the token header', async () => {
    const sent: { url: string; init: RequestInit | undefined }[] = [];
    const desk = createHttpDesk({
      token,
      fetch: async (url, init) => {
        sent.push({ url: String(url), init });
        return new Response(JSON.stringify({ ok: true, value: { dirty: true } }));
      },
    });
    expect(await desk.setDirty({ dirty: true })).toEqual({ ok: true, value: { dirty: true } });
    expect(sent[0]?.url).toBe('/api/app:set-dirty');
    expect(sent[0]?.init).toMatchObject({
      method: 'POST',
      body: '{"dirty":true}',
      headers: { 'x-desk-token': token },
    });
  });

  it('turns an unreachable host into an io-error a person can act on', async () => {
    const desk = createHttpDesk({ token, fetch: () => Promise.reject(new TypeError('fetch failed')) });
    const result = await desk.appInfo();
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'io-error', message: expect.stringContaining('npm run web') },
    });
  });

  it('never calls onMenuCommand listeners in browser mode', () => {
    const desk = createHttpDesk({ token, fetch: () => Promise.reject(new Error('unused')) });
    expect(typeof desk.onMenuCommand(() => undefined)).toBe('function');
  });
});
