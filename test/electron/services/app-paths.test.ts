import { chmodSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppPathsService, defaultDataDir, resolveAppPaths } from '../../../electron/services/app-paths';

describe('resolveAppPaths', () => {
  it('finds everything beside the bundles in the dev layout', () => {
    const root = path.resolve('/home/dev/counsel-desk');
    const paths = resolveAppPaths({ buildDir: path.join(root, 'build'), packaged: false, dataDir: '/data' });
    expect(paths.preload).toBe(path.join(root, 'build', 'electron', 'preload.cjs'));
    expect(paths.rendererIndex).toBe(path.join(root, 'build', 'renderer', 'index.html'));
    expect(paths.templatesDir).toBe(path.join(root, 'templates'));
    expect(paths.examplesDir).toBe(path.join(root, 'examples'));
  });

  it('finds the bundles inside app.asar and templates in the resources folder when packaged', () => {
    const resources = path.resolve('/opt/Counsel Desk/resources');
    const buildDir = path.join(resources, 'app.asar', 'build');
    const paths = resolveAppPaths({ buildDir, resourcesPath: resources, packaged: true, dataDir: '/data' });
    expect(paths.preload).toBe(path.join(resources, 'app.asar', 'build', 'electron', 'preload.cjs'));
    expect(paths.rendererIndex).toBe(path.join(resources, 'app.asar', 'build', 'renderer', 'index.html'));
    expect(paths.templatesDir).toBe(path.join(resources, 'templates'));
    expect(paths.examplesDir).toBe(path.join(resources, 'examples'));
  });

  it.each([
    ['linux', {}, '/home/ana/.config/Counsel Desk'],
    ['linux', { XDG_CONFIG_HOME: '/cfg' }, '/cfg/Counsel Desk'],
    ['darwin', {}, '/home/ana/Library/Application Support/Counsel Desk'],
    [
      'win32',
      { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' },
      'C:\\Users\\ana\\AppData\\Roaming\\Counsel Desk',
    ],
  ] as const)('keeps per-user data on %s in the same place Electron would', (platform, env, expected) => {
    expect(defaultDataDir(platform, env, '/home/ana')).toBe(expected);
  });
});

describe('the data folder', () => {
  const bootWith = async (dataDir: string) =>
    new AppPathsService(resolveAppPaths({ buildDir: '/x/build', packaged: false, dataDir })).boot();

  it('is created private to the user (0700)', async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'desk-home-')), 'Counsel Desk');
    await bootWith(dataDir);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
  });

  it('is made private when an earlier version left it readable by others', async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'desk-home-')), 'Counsel Desk');
    mkdirSync(dataDir);
    chmodSync(dataDir, 0o755);
    await bootWith(dataDir);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
  });
});
