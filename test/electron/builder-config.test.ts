// electron-builder.yml is checked against the JSON schema that ships inside electron-builder itself, plus
// the settings the app relies on (per-user Windows install, bundled templates, .cdesk association).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
> & {
  nsis: Record<string, unknown>;
  linux: { target: string[]; category: string; icon: string };
  fileAssociations: Record<string, unknown>[];
  extraResources: { from: string; to: string }[];
  asarUnpack: string[];
  win: Record<string, unknown>;
  mac: Record<string, unknown>;
};

const require = createRequire(import.meta.url);
const { MacTargetHelper } = require('app-builder-lib/out/mac/MacTargetHelper') as {
  MacTargetHelper: { getNotarizeOptions(appPath: string): Record<string, unknown> | undefined };
};
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

/** electron-builder's notarization options with exactly `env` set among Apple's variables. */
function notarizeOptionsWith(env: Record<string, string>): Record<string, unknown> | undefined {
  const names = ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID', 'APPLE_API_KEY'];
  const all = [...names, 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER', 'APPLE_KEYCHAIN', 'APPLE_KEYCHAIN_PROFILE'];
  try {
    for (const name of all) vi.stubEnv(name, env[name]);
    return MacTargetHelper.getNotarizeOptions('/tmp/Counsel Desk.app');
  } finally {
    vi.unstubAllEnvs();
  }
}

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own schema', () => {
    const schema = JSON.parse(
      readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('installs per user on Windows without administrator rights', () => {
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false });
  });

  it('names the app and associates .cdesk matter files', () => {
    expect(config).toMatchObject({ appId: 'gov.counseldesk.app', productName: 'Counsel Desk' });
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'cdesk', name: 'Counsel Desk Matter', role: 'Editor' }),
    ]);
  });

  it('bundles templates and examples beside the app, and unpacks the native database module', () => {
    expect(config.extraResources).toEqual([
      { from: 'templates', to: 'templates' },
      { from: 'examples', to: 'examples' },
    ]);
    for (const resource of config.extraResources)
      expect(existsSync(path.join(root, resource.from)), resource.from).toBe(true);
    expect(config.asarUnpack.join()).toContain('better-sqlite3');
  });

  it('builds AppImage and deb in the Office category, with a 512x512 icon', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    const png = readFileSync(path.join(root, config.linux.icon));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('packages the compiled app only, not the sources', () => {
    expect(config.files).toEqual(expect.arrayContaining(['build/**/*', 'package.json']));
    expect((config.files as string[]).some((f) => /^(core|electron|renderer)\b/.test(f))).toBe(false);
  });
});

describe('signing and notarization', () => {
  it('signs only from the environment: no certificate, identity or password in the file', () => {
    const text = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
    expect(text).not.toMatch(/certificateFile|certificatePassword|certificateSubjectName|identity:|cscLink/i);
    // Unsigned builds still work when no keys are set.
    expect(config.win).toMatchObject({ forceCodeSigning: false });
    expect(config.mac).toMatchObject({ forceCodeSigning: false, hardenedRuntime: true, notarize: true });
  });

  it('notarizes with the Apple API key the README documents, and skips notarizing without one', () => {
    for (const name of ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'])
      expect(readme, name).toContain(`\`${name}\``);
    const withKey = notarizeOptionsWith({
      APPLE_API_KEY: '/keys/AuthKey.p8',
      APPLE_API_KEY_ID: 'KEY123',
      APPLE_API_ISSUER: 'issuer-uuid',
    });
    expect(withKey).toMatchObject({ appleApiKey: '/keys/AuthKey.p8', appleApiKeyId: 'KEY123' });
    expect(notarizeOptionsWith({})).toBeUndefined();
  });

  it('documents the certificate variables under the names electron-builder reads', () => {
    const sources = ['winPackager.js', 'platformPackager.js', 'codeSign/windowsSignToolManager.js']
      .concat(['codeSign/macCodeSign.js', 'util/flags.js'])
      .map((file) => readFileSync(path.join(root, 'node_modules/app-builder-lib/out', file), 'utf8'))
      .join('\n');
    const names = ['WIN_CSC_LINK', 'WIN_CSC_KEY_PASSWORD', 'CSC_LINK', 'CSC_KEY_PASSWORD', 'CSC_NAME'];
    for (const name of [...names, 'CSC_IDENTITY_AUTO_DISCOVERY']) {
      expect(readme, name).toContain(`\`${name}`);
      expect(sources, name).toContain(name);
    }
  });
});
