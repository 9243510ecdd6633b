import { beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../../../electron/cli/commands/import';
import { searchCommand } from '../../../../electron/cli/commands/search';
import { defaultLibraryDir } from '../../../../electron/services/library/library-dir';
import { tempDir, writeFixtures } from '../../../support/library-fixtures';

const capture = () => {
  const printed: string[] = [];
  const warned: string[] = [];
  return {
    printed,
    warned,
    out: { print: (t: string) => printed.push(t), warn: (t: string) => warned.push(t) },
  };
};

let fixtures: Awaited<ReturnType<typeof writeFixtures>>;
beforeAll(async () => {
  fixtures = await writeFixtures();
});

describe('counsel-desk import and search', () => {
  it('prints id, title and pages per file, names a refused file, then finds ranked passages', async () => {
    const library = tempDir();
    const first = capture();
    const code = await importCommand(
      [fixtures.pdf, fixtures.docx, fixtures.encryptedPdf, '--library', library],
      first.out,
    );
    expect(code).toBe(1);
    expect(first.printed).toHaveLength(2);
    expect(first.printed[0]).toMatch(/^[0-9a-f-]{36} {2}Immigration Enforcement {2}2 pages$/);
    expect(first.printed[1]).toMatch(/Use of Force Reporting {2}1 page$/);
    expect(first.warned.join('\n')).toMatch(/locked\.pdf is encrypted/);

    const again = capture();
    expect(await importCommand([fixtures.pdf, '--library', library], again.out)).toBe(0);
    expect(again.printed[0]).toMatch(/\(already in the library\)$/);

    const search = capture();
    expect(await searchCommand(['detainer', 'legal', '--library', library], search.out)).toBe(0);
    expect(search.printed[0]).toMatch(
      /^1\. Immigration Enforcement \(General Order 301\.00, 3\.2 Detainer Requests, p\. 2\)/,
    );
    expect(search.printed[1]).toContain('[detainer]');
  });

  it('explains an empty library instead of creating one', async () => {
    await expect(searchCommand(['x', '--library', tempDir()], capture().out)).rejects.toThrow(
      /The library in .* is empty: nothing has been imported into it yet\. Import files first with counsel-desk import/,
    );
  });

  it('defaults to the per-user data folder of each platform', () => {
    expect(defaultLibraryDir('linux', { XDG_DATA_HOME: '/data' }, '/home/a')).toBe('/data/counsel-desk');
    expect(defaultLibraryDir('linux', {}, '/home/a')).toBe('/home/a/.local/share/counsel-desk');
    expect(defaultLibraryDir('darwin', {}, '/Users/a')).toBe(
      '/Users/a/Library/Application Support/counsel-desk',
    );
    expect(defaultLibraryDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'C:\\Users\\a')).toBe(
      'C:\\Users\\a\\AppData\\Roaming\\counsel-desk',
    );
  });
});
