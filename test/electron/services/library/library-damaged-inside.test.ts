// A library.sqlite whose first page is sound but whose inside is damaged: the first search that reaches the
// damage says the library is damaged, naming its file and what to do, not "an unexpected problem".
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeskError } from '../../../../core/api/result';
import { searchCommand } from '../../../../electron/cli/commands/search';
import { describeFailure } from '../../../../electron/cli/cli-error';
import { LibraryDatabase } from '../../../../electron/services/library/library-database';
import { tempDir } from '../../../support/library-fixtures';

const PAGE = 4096;

function damagedLibrary(): { dir: string; file: string } {
  const dir = tempDir();
  const library = LibraryDatabase.open(dir);
  for (let i = 0; i < 60; i += 1) {
    const text = `Section ${i}. Officers shall not inquire into immigration status. `.repeat(40);
    library.insert({
      title: `Policy ${i}`,
      kind: 'policy',
      identifier: `GO-${i}`,
      effectiveDate: '2024-01-01',
      fileName: `policy-${i}.md`,
      sha256: String(i).padStart(64, '0'),
      text,
      pages: [{ page: 1, start: 0, end: text.length }],
      sections: [],
    });
  }
  library.close();
  const file = path.join(dir, 'library.sqlite');
  const bytes = readFileSync(file);
  // The second half of the file (the passages' pages) is overwritten; the header and the schema, at the
  // start, stay readable, so the library opens and the damage shows only when a search reaches it.
  const from = Math.floor(bytes.length / 2 / PAGE) * PAGE;
  for (let at = from; at < bytes.length; at += 1) bytes[at] = (at * 131) % 251;
  writeFileSync(file, bytes);
  return { dir, file };
}

describe('a library damaged inside', () => {
  it('is named, with what to do, by the CLI search and by the library itself', async () => {
    const { dir, file } = damagedLibrary();
    const library = LibraryDatabase.open(dir); // opens: the damage is further in
    let thrown: unknown;
    try {
      library.search('immigration');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DeskError);
    expect((thrown as DeskError).message).toContain(`The library ${file} is damaged`);
    expect((thrown as DeskError).message).toContain('Move it aside');

    const print = { print: () => undefined, warn: () => undefined };
    const cli = await searchCommand(['immigration', '--library', dir], print).then(
      () => 'found',
      (error: unknown) => describeFailure(error).message,
    );
    expect(cli).toContain(`The library ${file} is damaged`);
    expect(cli).not.toContain('unexpected problem');
  });
});
