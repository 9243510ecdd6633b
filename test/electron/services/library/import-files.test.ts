import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../../../electron/services/library/import-files';
import { LibraryDatabase } from '../../../../electron/services/library/library-database';
import { POLICY_PDF_PAGES, tempDir, writeFixtures } from '../../../support/library-fixtures';
import { makePdf } from '../../../support/pdf-fixture';

let fixtures: Awaited<ReturnType<typeof writeFixtures>>;
const open: LibraryDatabase[] = [];
const library = () => {
  const db = LibraryDatabase.open(tempDir());
  open.push(db);
  return db;
};

beforeAll(async () => {
  fixtures = await writeFixtures();
});
afterEach(() => {
  while (open.length) open.pop()!.close();
});

const importOne = async (db: LibraryDatabase, file: string) => {
  const [outcome] = await importFiles(db, [file]);
  if (outcome?.status !== 'imported') throw new Error(`expected an import, got ${JSON.stringify(outcome)}`);
  return db.get(outcome.source.id)!;
};

/** The imported text holds each of these passages. */
const expectText = (text: string, passages: string[]) => {
  for (const passage of passages) expect(text).toContain(passage);
};

describe('importing into the library', () => {
  it('reads a DOCX with headings, a list and a table into sections', async () => {
    const source = await importOne(library(), fixtures.docx);
    expect(source).toMatchObject({
      title: 'Use of Force Reporting',
      identifier: 'General Order 906.00',
      effectiveDate: '2024-01-15',
      kind: 'policy',
    });
    expectText(source.text, ['Notify a supervisor at once.', 'Level 1 | Lieutenant']);
    expect(source.sections.map((s) => s.title)).toEqual([
      'Use of Force Reporting',
      '1. Reporting Duties',
      '2. Review',
    ]);
    const review = source.sections[2]!;
    expect(source.text.slice(review.start, review.end)).toContain('Lieutenant');
  });

  it('reads a PDF page by page with numbered sections and reports progress per page', async () => {
    const pages: number[] = [];
    const db = library();
    const [outcome] = await importFiles(db, [fixtures.pdf], (p) => p.page > 0 && pages.push(p.page));
    expect(outcome?.status).toBe('imported');
    const source = db.get(outcome!.status === 'failed' ? '' : outcome!.source.id)!;
    expect(pages).toEqual([1, 2]);
    expect(source).toMatchObject({
      title: 'Immigration Enforcement',
      identifier: 'General Order 301.00',
      pageCount: 2,
    });
    expect(source.effectiveDate).toBe('2023-06-01');
    const page2 = source.pages[1]!;
    expect(source.text.slice(page2.start, page2.end)).toContain('Legal Unit');
    expect(source.sections.find((s) => s.title.startsWith('3.2'))?.title).toBe('3.2 Detainer Requests');
  });

  it('names a file that declares no title after the file, not after its first line', async () => {
    const dir = tempDir();
    const pdf = path.join(dir, 'GO-301 Immigration Enforcement.pdf');
    writeFileSync(pdf, makePdf(POLICY_PDF_PAGES));
    const text = path.join(dir, 'detainer_memo.txt');
    writeFileSync(text, Buffer.from('\ufeffMEMORANDUM\r\n\r\nRoute detainers to the Legal Unit.', 'utf16le'));
    const db = library();
    const [fromPdf, fromText] = [await importOne(db, pdf), await importOne(db, text)];
    expect(fromPdf.title).toBe('GO-301 Immigration Enforcement');
    expect(fromText).toMatchObject({
      title: 'detainer memo',
      text: 'MEMORANDUM\n\nRoute detainers to the Legal Unit.',
    });
  });

  it('reads an email with its headers, body and attachment names', async () => {
    const source = await importOne(library(), fixtures.eml);
    expect(source).toMatchObject({ kind: 'communication', title: 'Handling of detainer requests' });
    expectText(source.text, [
      'From: Chief of Police <chief@dpd.example>',
      'Cc: City Attorney <cao@dallas.example>',
      'Date: Mon, 3 Mar 2025 10:00:00 -0600',
      'Route every detainer request to the Legal Unit',
      'Attachments: GO-301.pdf',
    ]);
  });

  it('does not duplicate a file imported twice', async () => {
    const db = library();
    const [first] = await importFiles(db, [fixtures.markdown]);
    const [second] = await importFiles(db, [fixtures.markdown]);
    expect(second?.status).toBe('already-in-library');
    expect(second?.status !== 'failed' && first?.status !== 'failed' && second?.source.id).toBe(
      first?.status !== 'failed' && first?.source.id,
    );
    expect(db.list()).toHaveLength(1);
  });

  it('refuses broken, encrypted and empty files by name and stores nothing of them', async () => {
    const db = library();
    const bad = [
      fixtures.truncatedPdf,
      fixtures.encryptedPdf,
      fixtures.randomDocx,
      fixtures.emptyText,
      fixtures.blankText,
    ];
    const outcomes = await importFiles(db, [...bad, fixtures.markdown]);
    const messages = outcomes.slice(0, bad.length).map((o) => (o.status === 'failed' ? o.message : o.status));
    expect(messages[0]).toMatch(/^truncated\.pdf could not be read/);
    expect(messages[1]).toMatch(/^locked\.pdf is encrypted/);
    expect(messages[2]).toMatch(/^random\.docx could not be read/);
    expect(messages[3]).toMatch(/^empty\.txt is empty/);
    expect(messages[4]).toMatch(/^blank\.txt has no text/);
    expect(outcomes[5]?.status).toBe('imported');
    expect(db.list().map((s) => s.fileName)).toEqual(['training.md']);
    expect(db.search('secret')).toEqual([]);
  });
});
