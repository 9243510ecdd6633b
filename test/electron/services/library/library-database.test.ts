import { afterEach, describe, expect, it } from 'vitest';
import { LibraryDatabase, type NewSource } from '../../../../electron/services/library/library-database';
import { tempDir } from '../../../support/library-fixtures';

const open: LibraryDatabase[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

const source = (title: string, text: string, extra: Partial<NewSource> = {}): NewSource => ({
  title,
  kind: 'policy',
  identifier: '',
  effectiveDate: '',
  fileName: `${title}.txt`,
  sha256: title.padEnd(64, '0'),
  text,
  pages: [{ page: 1, start: 0, end: text.length }],
  sections: [],
  ...extra,
});

describe('library search', () => {
  it('ranks a passage that is about the query above one that mentions it once', () => {
    const db = LibraryDatabase.open(tempDir());
    open.push(db);
    db.insert(
      source(
        'Parking',
        'Parking rules for city lots. A detainer is not a parking permit. Meters run until six.',
      ),
    );
    db.insert(
      source('Detainers', 'Immigration detainer requests go to the Legal Unit. Each detainer is logged.'),
    );
    db.insert(source('Fleet', 'Vehicles are washed weekly.'));
    const hits = db.search('detainer');
    expect(hits.map((h) => h.title)).toEqual(['Detainers', 'Parking']);
    expect(hits[0]!.snippet).toContain('«detainer»');
  });

  it('matches word forms, a title and a prefix, and falls back to any word when all words find nothing', () => {
    const db = LibraryDatabase.open(tempDir());
    open.push(db);
    db.insert(source('Immigration Enforcement', 'Officers report requests to supervisors.'));
    expect(db.search('reporting')).toHaveLength(1);
    expect(db.search('immigration')[0]?.title).toBe('Immigration Enforcement');
    expect(db.search('supervi')).toHaveLength(1);
    expect(db.search('supervisors unicorns')).toHaveLength(1);
    expect(db.search('"AND" OR NEAR(*')).toEqual([]);
  });

  it('names the page and section of each hit', () => {
    const db = LibraryDatabase.open(tempDir());
    open.push(db);
    const text = 'Intro text.\n\n3.2 Reporting\n\nForward every request.';
    db.insert(
      source('GO', text, {
        pages: [
          { page: 1, start: 0, end: 13 },
          { page: 2, start: 13, end: text.length },
        ],
        sections: [{ title: '3.2 Reporting', level: 2, start: 13, end: text.length }],
      }),
    );
    expect(db.search('forward')[0]).toMatchObject({ page: 2, section: '3.2 Reporting' });
  });

  it('keeps corrections to title and identifier, searchable, across reopening; removal drops the source', () => {
    const dir = tempDir();
    const db = LibraryDatabase.open(dir);
    const added = db.insert(source('Untitled', 'Body text about bicycles.'));
    db.update(added.id, { title: 'Bicycle Patrol', identifier: 'General Order 412.00', kind: 'training' });
    db.close();
    const again = LibraryDatabase.open(dir);
    open.push(again);
    expect(again.list()[0]).toMatchObject({
      title: 'Bicycle Patrol',
      identifier: 'General Order 412.00',
      kind: 'training',
    });
    expect(again.search('412.00')[0]?.title).toBe('Bicycle Patrol');
    expect(again.remove(added.id)).toBe(true);
    expect(again.list()).toEqual([]);
    expect(again.search('bicycles')).toEqual([]);
  });
});
