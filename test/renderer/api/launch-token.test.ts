import { describe, expect, it } from 'vitest';
import { TOKEN_STORAGE_KEY, takeLaunchToken } from '../../../renderer/api/launch-token';
import type { TokenPlace } from '../../../renderer/api/launch-token';

const TOKEN = 'ab'.repeat(32);

/** A tab: its address, its history entry and its sessionStorage. */
function tab(hash: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const place = {
    location: { hash, pathname: '/', search: '?view=1' },
    history: {
      state: { kept: true } as unknown,
      replaceState(data: unknown, _unused: string, url?: string) {
        place.history.state = data;
        place.location.hash = new URL(url ?? '', 'http://127.0.0.1:4000/').hash;
        place.address = url ?? '';
      },
    },
    sessionStorage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
    },
    address: `/?view=1${hash}`,
  };
  return { place: place satisfies TokenPlace, storage };
}

describe('the launch token', () => {
  it('is read from #token=… and removed from the address bar, keeping the rest of the address', () => {
    const { place, storage } = tab(`#token=${TOKEN}`);
    expect(takeLaunchToken(place)).toBe(TOKEN);
    expect(place.address).toBe('/?view=1');
    expect(place.history.state).toEqual({ kept: true });
    expect(storage.get(TOKEN_STORAGE_KEY)).toBe(TOKEN);
  });

  it('is found again after a reload, when the address no longer has it', () => {
    const { place } = tab('', { [TOKEN_STORAGE_KEY]: TOKEN });
    expect(takeLaunchToken(place)).toBe(TOKEN);
    expect(place.address).toBe('/?view=1');
  });

  it('takes a newly printed address over the one kept from an earlier launch', () => {
    const fresh = 'cd'.repeat(32);
    const { place, storage } = tab(`#token=${fresh}`, { [TOKEN_STORAGE_KEY]: TOKEN });
    expect(takeLaunchToken(place)).toBe(fresh);
    expect(storage.get(TOKEN_STORAGE_KEY)).toBe(fresh);
  });

  it('still works for this page load when storage is switched off', () => {
    const { place } = tab(`#token=${TOKEN}`);
    place.sessionStorage.setItem = () => {
      throw new Error('SecurityError');
    };
    expect(takeLaunchToken(place)).toBe(TOKEN);
    expect(place.address).toBe('/?view=1');
  });

  it('leaves an address without a token alone', () => {
    const { place } = tab('#other=1');
    expect(takeLaunchToken(place)).toBeNull();
    expect(place.address).toBe('/?view=1#other=1');
  });
});
