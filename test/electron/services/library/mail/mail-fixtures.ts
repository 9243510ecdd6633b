// The committed mail fixtures (test/fixtures/mail, made by make-mail-fixtures.mjs) and fresh libraries
// that are closed after each test.
import path from 'node:path';
import { afterEach } from 'vitest';
import { LibraryDatabase } from '../../../../../electron/services/library/library-database';
import { tempDir } from '../../../../support/library-fixtures';

export const MAIL = path.resolve(import.meta.dirname, '../../../../fixtures/mail');
export const mail = (name: string) => path.join(MAIL, name);

const open: LibraryDatabase[] = [];
export const library = () => {
  const db = LibraryDatabase.open(tempDir());
  open.push(db);
  return db;
};
afterEach(() => {
  while (open.length) open.pop()!.close();
});

/** The source id of an outcome that has one. */
export const idOf = (outcome: { status: string; source?: { id: string } } | undefined) =>
  outcome?.source?.id ?? '';
