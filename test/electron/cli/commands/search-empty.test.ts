import { describe, expect, it } from 'vitest';
import { searchCommand } from '../../../../electron/cli/commands/search';
import { LibraryDatabase } from '../../../../electron/services/library/library-database';
import { tempDir } from '../../../support/library-fixtures';

const quiet = { print: () => undefined, warn: () => undefined };
const EMPTY =
  /^The library in (.+) is empty: nothing has been imported into it yet\. Import files first with counsel-desk import <files or folders…> \(the sample policies: counsel-desk import examples\/policies\)/;

describe('counsel-desk search on an empty library', () => {
  it('says the library is empty and how to import, when nothing was ever imported', async () => {
    const dir = tempDir();
    await expect(searchCommand(['detainer', '--library', dir], quiet)).rejects.toThrow(EMPTY);
  });

  it('says the same when the library exists but holds nothing (not “nothing matches”)', async () => {
    const dir = tempDir();
    LibraryDatabase.open(dir).close();
    await expect(searchCommand(['detainer', '--library', dir], quiet)).rejects.toThrow(EMPTY);
  });
});
