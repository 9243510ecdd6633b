import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeskError } from '../../../../core/api/result';
import { importCommand } from '../../../../electron/cli/commands/import';
import { searchCommand } from '../../../../electron/cli/commands/search';
import { describeFailure } from '../../../../electron/cli/cli-error';
import { LibraryDatabase } from '../../../../electron/services/library/library-database';
import { LibraryService } from '../../../../electron/services/library/library-service';
import { tempDir } from '../../../support/library-fixtures';

const silent = { print: () => undefined, warn: () => undefined };

/** The message a person sees when opening the library in `dir` fails, from the CLI and from the app. */
async function messagesFor(dir: string): Promise<{ cli: string; app: string }> {
  const markdown = path.join(tempDir(), 'note.md');
  writeFileSync(markdown, '# Note\n\nText.\n');
  const cli = await importCommand([markdown, '--library', dir], silent).then(
    () => 'imported',
    (error: unknown) => describeFailure(error).message,
  );
  let app = 'opened';
  try {
    void new LibraryService(dir).db;
  } catch (error) {
    expect(error).toBeInstanceOf(DeskError);
    app = (error as DeskError).message;
  }
  return { cli, app };
}

describe('opening the library', () => {
  it('names a --library that is a file, and says to give its folder', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'library.sqlite');
    LibraryDatabase.open(dir).close();
    const { cli, app } = await messagesFor(file);
    expect(cli).toBe(
      `The library folder ${file} is a file, not a folder. To use the library in it, give its folder: ${dir}.`,
    );
    expect(app).toBe(cli);
    const search = await searchCommand(['detainer', '--library', file], silent).then(
      () => 'searched',
      (error: unknown) => describeFailure(error).message,
    );
    expect(search).toBe(cli);
  });

  it('names a --library inside a file', async () => {
    const notes = path.join(tempDir(), 'notes.txt');
    writeFileSync(notes, 'not a folder');
    const { cli } = await messagesFor(path.join(notes, 'library'));
    expect(cli).toBe(
      `The library folder ${path.join(notes, 'library')} cannot be made: ${notes} is a file, not a folder. Name a folder for the library.`,
    );
  });

  it('names a damaged library.sqlite, says what to do, and leaves it exactly as it was', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'library.sqlite');
    const damaged = Buffer.from('SQLite format 3\0'.padEnd(4096, '\u00ff'), 'latin1');
    writeFileSync(file, damaged);
    const { cli, app } = await messagesFor(dir);
    for (const message of [cli, app]) {
      expect(message).toMatch(
        new RegExp(
          `^The library ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged or is not a Counsel Desk library`,
        ),
      );
      expect(message).toContain('Move it aside (rename it, for example to library.sqlite.damaged)');
      expect(message).not.toMatch(/unexpected problem/);
    }
    expect(readFileSync(file).equals(damaged)).toBe(true);
    expect(readdirSync(dir)).toEqual(['library.sqlite']);
  });

  it('names a library.sqlite that is a folder', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'library.sqlite'));
    const { cli } = await messagesFor(dir);
    expect(cli).toMatch(
      /^The library .*library\.sqlite cannot be opened \(.*\)\. Check that .* is a folder you can write to/,
    );
  });
});
