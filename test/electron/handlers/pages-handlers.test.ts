// The page viewer's channels without Chromium: a record's pages with the Bates labels they will be stamped
// with (after the pages of the records before it), a library source's own PDF, and a box drawn on a page
// checked against the record's real pages and the matter's reasons. Non-PDF records print through a stand-in.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument } from '@cantoo/pdf-lib';
import { contract, type Channel, type ParsedRequestOf } from '../../../core/api/contract';
import { newMatterFile, type MatterFile } from '../../../core/matter-file/matter-file';
import { newMatter } from '../../../core/matter/new-matter';
import { recordSchema } from '../../../core/records/record';
import { createPagesHandlers } from '../../../electron/handlers/pages-handlers';
import { LibraryService } from '../../../electron/services/library/library-service';
import { OriginalsStore } from '../../../electron/services/production/originals-store';
import { fixture, fixtureDir, tempDir, textPrinter } from '../services/production/production-support';

const ctx = { mode: 'web' as const, shell: null };
const parse = <C extends Channel>(c: C, request: unknown) =>
  contract[c].request.parse(request) as ParsedRequestOf<C>;
const library = new LibraryService(tempDir());
const printer = textPrinter();
let ids = 0;
const handlers = createPagesHandlers({ library, openPrinter: async () => printer }, () => `box-${++ids}`);
afterAll(() => library.shutdown());

/** A matter with a paper record of 3 pages, the two-page memo PDF, a text note, and a withheld memo. */
async function matter(): Promise<MatterFile> {
  const store = new OriginalsStore(library.dir);
  const memo = await store.put(fixture('detainer-memo-libreoffice.pdf'), 'memo.pdf');
  const note = await store.put(new TextEncoder().encode('A short note.\n\nSecond paragraph.'), 'note.txt');
  const file = newMatterFile(newMatter());
  const excerpt = (id: string, sha: string, title: string) => ({
    id,
    sourceId: id,
    sourceSha256: sha,
    sourceTitle: title,
    identifier: '',
    section: '',
    pageStart: 1,
    sourcePageCount: 0,
    pageEnd: 1,
    wholeSource: true,
    text: title,
  });
  file.excerpts.push(excerpt('xm', memo, 'Detainer memo'), excerpt('xn', note, 'Note'));
  file.records.push(
    recordSchema.parse({ id: 'paper', description: 'Ledger', pages: 3 }),
    recordSchema.parse({ id: 'memo', description: 'Detainer memo', excerptId: 'xm' }),
    recordSchema.parse({ id: 'note', description: 'Note', excerptId: 'xn' }),
    recordSchema.parse({ id: 'held', description: 'Advice', excerptId: 'xm', status: 'withheld' }),
  );
  return file;
}

const recordPages = async (file: MatterFile, recordId: string, known?: string) =>
  handlers['pages:record'](parse('pages:record', { parts: file, recordId, known }), ctx);

describe('a record’s pages in the viewer', () => {
  it('sends the PDF with the labels each page will be stamped with, and no bytes when the viewer has them', async () => {
    const file = await matter();
    const memo = await recordPages(file, 'memo');
    expect(memo.labels).toEqual(['CITY-AG-000004', 'CITY-AG-000005']);
    expect(memo.pageCount).toBe(2);
    const pdf = await PDFDocument.load(Buffer.from(memo.base64, 'base64'));
    expect(pdf.getPageCount()).toBe(2);
    const again = await recordPages(file, 'memo', memo.sha256);
    expect(again).toMatchObject({ base64: '', sha256: memo.sha256, labels: memo.labels });
  });

  it('prints a text record once and numbers it after the records before it', async () => {
    const file = await matter();
    const before = printer.printed.length;
    const note = await recordPages(file, 'note');
    expect(note.labels).toEqual(['CITY-AG-000006']);
    expect(await recordPages(file, 'note')).toMatchObject({ labels: ['CITY-AG-000006'] });
    expect(printer.printed.length - before).toBe(1);
  });

  it('keeps the numbers a record went out with, and gives a withheld record none', async () => {
    const file = await matter();
    file.records[1] = {
      ...file.records[1]!,
      produced: { volume: 'CITY-AG-VOL001', first: 40, last: 41, prefix: 'CITY-AG-', digits: 6 },
    };
    const memo = await recordPages(file, 'memo');
    expect(memo.labels).toEqual(['CITY-AG-000040', 'CITY-AG-000041']);
    expect(memo.note).toBe('Numbered as it went out in CITY-AG-VOL001.');
    // The others follow on after the last number used: the ledger 42-44, then the note.
    expect((await recordPages(file, 'note')).labels).toEqual(['CITY-AG-000045']);
    const held = await recordPages(file, 'held');
    expect(held.labels).toEqual([]);
    expect(held.note).toMatch(/^Withheld in full/);
  });

  it('stops showing pages made from a kept file once that file is gone, as the export stops using them', async () => {
    const file = await matter();
    await expect(recordPages(file, 'memo')).resolves.toMatchObject({ pageCount: 2 });
    const originals = path.join(library.dir, 'originals');
    const memoSha = file.excerpts.find((e) => e.id === 'xm')!.sourceSha256;
    for (const name of await fs.readdir(originals, { recursive: true }))
      if (String(name).includes(memoSha)) await fs.rm(path.join(originals, String(name)), { force: true });
    await expect(recordPages(file, 'memo')).rejects.toThrow(/not among the originals kept for producing/);
  });

  it('names a record that has no pages to show', async () => {
    const file = await matter();
    await expect(recordPages(file, 'paper')).rejects.toThrow(/record 1 \(Ledger\) has no file/);
    await expect(recordPages(file, 'gone')).rejects.toThrow(/no longer in the matter/);
  });
});

/** A one-page PDF over 4 MB (a large picture-like stream it never draws). */
async function largePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]).drawText('Scanned page', { x: 72, y: 700 });
  const noise = new Uint8Array(5 * 1024 * 1024).map((_b, i) => (i * 2654435761) >>> 24);
  doc.context.register(doc.context.stream(noise));
  return doc.save({ useObjectStreams: false });
}

describe('a large record’s pages', () => {
  it('are read by ranges instead of sent whole', async () => {
    const file = await matter();
    const big = await largePdf();
    const sha = await new OriginalsStore(library.dir).put(big, 'scan.pdf');
    file.excerpts[0] = { ...file.excerpts[0]!, sourceSha256: sha };
    const answer = await recordPages(file, 'memo');
    expect(answer).toMatchObject({ base64: '', byteLength: big.length, pageCount: 1 });
    const range = (begin: number, end: number, sha256 = answer.sha256) =>
      handlers['pages:range'](parse('pages:range', { sha256, begin, end }), ctx);
    const tail = await range(big.length - 1000, big.length + 50);
    expect(Buffer.from(tail.base64, 'base64').equals(Buffer.from(big.subarray(big.length - 1000)))).toBe(
      true,
    );
    await expect(range(big.length, big.length + 10)).rejects.toThrow(/nothing from byte/);
    await expect(range(0, 10, 'a'.repeat(64))).rejects.toThrow(/open them again/);
    expect(() => parse('pages:range', { sha256: sha, begin: 0, end: 5 * 1024 * 1024 })).toThrow(
      /between 1 byte/,
    );
  });
});

describe('a library source’s pages', () => {
  it('sends the imported PDF itself', async () => {
    const [imported] = await library.importPaths([`${fixtureDir}/rotated-and-cropped.pdf`]);
    const id = library.db.list().find((s) => s.fileName === 'rotated-and-cropped.pdf')!.id;
    expect(imported?.status).toBe('imported');
    const pages = await handlers['pages:source']({ id }, ctx);
    expect(pages).toMatchObject({ pageCount: 3, printed: false });
    expect(Buffer.from(pages.base64, 'base64').equals(fixture('rotated-and-cropped.pdf'))).toBe(true);
    await expect(handlers['pages:source']({ id: 'nope' }, ctx)).rejects.toThrow(/No source with id nope/);
  });
});

describe('a box drawn on a record’s page', () => {
  const box = (
    file: MatterFile,
    page: number,
    reason: string,
    rect = { x: 72, y: 100, width: 200, height: 30 },
  ) =>
    handlers['pages:add-box'](
      parse('pages:add-box', { parts: file, recordId: 'memo', page, rect, reason }),
      ctx,
    );

  it('is kept with the matter’s reason, and the record becomes partly withheld', async () => {
    const file = await matter();
    const added = await box(file, 2, '552.117');
    expect(added.box).toMatchObject({
      kind: 'box',
      page: 2,
      reason: "Tex. Gov't Code § 552.117 (employee personal information)",
      rect: { x: 72, y: 100, width: 200, height: 30 },
    });
    expect(added).toMatchObject({ status: 'partly-withheld', reasonAdded: false });
    expect(added.basis).toBe(added.box.reason);
  });

  it('is refused off the record’s pages, off the page, or with a reason that names several', async () => {
    const file = await matter();
    await expect(box(file, 3, '552.117')).rejects.toThrow('Record 2 has 2 pages; there is no page 3');
    await expect(box(file, 1, '552.117', { x: 500, y: 10, width: 200, height: 20 })).rejects.toThrow(
      /runs off page 1, which is 595.3 × 841.9 points/,
    );
    await expect(box(file, 1, '552.101')).rejects.toThrow(/is part of 2 reasons/);
  });
});
