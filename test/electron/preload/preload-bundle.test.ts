// The sandboxed preload can require only 'electron': build it the way scripts/build.mjs does and scan the
// bundle for every require() call.
import { describe, expect, it } from 'vitest';
import { bundleCode, requiredModules } from '../../support/bundle-scan';

describe('preload bundle', () => {
  it('requires nothing but electron, and stays small', async () => {
    const code = await bundleCode('electron/preload/preload.ts', {
      platform: 'browser',
      target: 'chrome130',
      external: ['electron'],
    });
    expect(requiredModules(code)).toEqual(['electron']);
    expect(code).not.toMatch(/\brequire\(\s*[^'"`\s)]/); // no computed require(name)
    expect(code).not.toContain('zod');
    expect(code.length).toBeLessThan(20_000);
  });
});
