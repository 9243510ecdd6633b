// The policy library holds the city's imported records: its folder and database files are the user's
// alone where the OS has file modes.
import { chmodSync, existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryDatabase } from '../../../../electron/services/library/library-database';

const modeOf = (file: string) => statSync(file).mode & 0o777;

describe('the library on disk', () => {
  it('creates its folder 0700 and its database, with the WAL beside it, 0600', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'desk-lib-')), 'library');
    const db = LibraryDatabase.open(dir);
    try {
      expect(modeOf(dir)).toBe(0o700);
      expect(modeOf(db.file)).toBe(0o600);
      expect(existsSync(`${db.file}-wal`)).toBe(true);
      expect(modeOf(`${db.file}-wal`)).toBe(0o600);
    } finally {
      db.close();
    }
  });

  it('makes a database an earlier version left readable by others 0600', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'desk-lib-'));
    LibraryDatabase.open(dir).close();
    const file = path.join(dir, 'library.sqlite');
    chmodSync(file, 0o644);
    writeFileSync(`${file}-journal`, '');
    chmodSync(`${file}-journal`, 0o644);
    LibraryDatabase.open(dir).close();
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(`${file}-journal`)).toBe(0o600);
  });
});
