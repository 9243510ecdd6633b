// electron-builder.yml is checked against the JSON schema that ships inside electron-builder itself, plus
// the settings the app relies on (per-user Windows install, bundled templates, .cdesk association).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
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
};

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
