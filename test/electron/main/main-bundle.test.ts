// The main-process bundle must build from the sources and load only Electron, Node built-ins and the
// native/heavy packages that scripts/build.mjs keeps outside the bundle (they ship in node_modules).
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { EXTERNAL_PACKAGES } from '../../../scripts/external-packages.mjs';
import { bundleCode, requiredModules } from '../../support/bundle-scan';

// As scripts/build.mjs keeps them (the main process produces volumes since the Produce dialog).
const external = EXTERNAL_PACKAGES;

describe('main process bundle', () => {
  it('builds and requires only electron, Node built-ins and the unbundled packages', async () => {
    const code = await bundleCode('electron/main/main.ts', {
      platform: 'node',
      target: 'node20',
      external,
      define: { 'import.meta.url': 'importMetaUrl' },
      banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    });
    const required = new Set(requiredModules(code));
    const allowed = (name: string) =>
      external.some((e) => name === e || name.startsWith(`${e}/`)) ||
      builtinModules.includes(name.replace(/^node:/, ''));
    expect([...required].filter((name) => !allowed(name))).toEqual([]);
    expect(required).toContain('electron');
  });
});
