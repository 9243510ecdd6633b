// Adding records, redacting and producing, through the services the CLI and the app use, with a printer that
// needs no browser. What a user sees: the volume's files, its numbers, its index, and the matter after it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newMatterFile, type MatterFile } from '../../../../core/matter-file/matter-file';
import { newMatter } from '../../../../core/matter/new-matter';
import { addPhraseRedaction } from '../../../../core/production/add-redaction';
import { LibraryDatabase } from '../../../../electron/services/library/library-database';
import { addRecords } from '../../../../electron/services/production/add-records';
import { produceVolume } from '../../../../electron/services/production/produce-volume';
import { makePdf } from '../../../support/pdf-fixture';
import { fixtureDir, pagesText, tempDir, textPrinter } from './production-support';

let n = 0;
const newId = () => `r${++n}`;
const printer = textPrinter();
const dir = tempDir();
const libraryDir = path.join(dir, 'library');
let file: MatterFile;

async function add(current: MatterFile, paths: string[], status: 'produced' | 'withheld' = 'produced') {
  const library = LibraryDatabase.open(libraryDir);
  try {
    return await addRecords({
      file: current,
      library,
      libraryDir,
      paths,
      status,
      basis: status === 'withheld' ? 'TRE 503 attorney-client' : '',
      requestNumbers: ['1'],
      printer: async () => printer,
      newId,
    });
  } finally {
    library.close();
  }
}

const produce = (current: MatterFile, outDir: string, again = false) =>
  produceVolume({
    file: current,
    libraryDir,
    outDir,
    again,
    printer: async () => printer,
    now: new Date('2025-03-20T15:00:00Z'),
  });

beforeAll(async () => {
  const notes = path.join(dir, 'notes.txt');
  writeFileSync(notes, 'Shift notes.\n\nThe informant Maria Delgado called at noon.\n');
  writeFileSync(path.join(dir, 'advice.pdf'), makePdf([['Privileged advice of counsel.']]));
  const matter = newMatter();
  matter.inquiry.requests = [{ ...matter.inquiry.requests[0]!, number: '1' }].filter(Boolean);
  const start = {
    ...newMatterFile(matter),
    exhibitSettings: {
      labelStyle: 'letters' as const,
      bates: { enabled: true, prefix: 'RB-', start: 1, digits: 5 },
    },
  };
  const added = await add(start, [
    path.join(fixtureDir, 'detainer-memo-libreoffice.pdf'),
    path.join(fixtureDir, 'memo-email.eml'),
    notes,
  ]);
  const withheld = await add(added.file, [path.join(dir, 'advice.pdf')], 'withheld');
  file = withheld.file;
});

describe('records added from files', () => {
  it('an email comes with its attachment right after it; every record counts its pages as produced', () => {
    expect(file.records.map((r) => [r.description, r.printedPages, r.status])).toEqual([
      ['detainer-memo-libreoffice', 2, 'produced'],
      ['Email: Memorandum 2024-17 on detainer requests', 1, 'produced'],
      ['Attachment: detainer-memo-libreoffice.pdf', 2, 'produced'],
      ['notes', 1, 'produced'],
      ['advice', 1, 'withheld'],
    ]);
    expect(file.records[2]!.family).toBe(file.records[1]!.id);
    expect(
      printer.printed.some((html) => html.includes('Sent:') && html.includes('Memorandum 2024-17')),
    ).toBe(true);
  });
});

describe('a production', () => {
  let out: string;
  let first: Awaited<ReturnType<typeof produce>>;

  beforeAll(async () => {
    const redacted = addPhraseRedaction(file, {
      phrase: 'Maria Delgado',
      reason: '552.101 (informer',
      recordIndex: 3,
      newId,
    });
    if ('problem' in redacted) throw new Error(redacted.problem);
    out = path.join(dir, 'out');
    first = await produce(redacted.file, out);
  });

  it('writes one stamped PDF per record, the index, the log and a manifest, in a folder named for the volume', () => {
    const volume = path.join(out, 'RB-VOL001');
    expect(first.folder).toBe(volume);
    expect(readdirSync(path.join(volume, 'RECORDS')).sort()).toEqual([
      'RB-00001.pdf',
      'RB-00003.pdf',
      'RB-00004.pdf',
      'RB-00006.pdf',
    ]);
    expect(readdirSync(volume).sort()).toEqual([
      'MANIFEST.sha256',
      'RB-VOL001 Privilege Log.csv',
      'RB-VOL001 Privilege Log.docx',
      'RB-VOL001 Production Index.csv',
      'RB-VOL001 Production Index.docx',
      'RECORDS',
    ]);
    const index = readFileSync(path.join(volume, 'RB-VOL001 Production Index.csv'), 'utf8').split('\r\n');
    expect(index[1]).toMatch(/^RB-00001,RB-00002,2,/);
    expect(index[4]).toMatch(/^RB-00006,RB-00006,1,.*With redactions,RECORDS\/RB-00006.pdf$/);
    const log = readFileSync(path.join(volume, 'RB-VOL001 Privilege Log.csv'), 'utf8');
    expect(log).toContain('Withheld in full');
    expect(log).toContain(
      "RB-00006,,Document,,,,notes,1,Tex. Gov't Code § 552.101 (informer identity),Redacted,RB-00006",
    );
  });

  it('the redacted record has no trace of the phrase, keeps its other text and names the reason; no page became an image', async () => {
    const text = await pagesText(readFileSync(path.join(first.folder, 'RECORDS/RB-00006.pdf')));
    expect(text[0]).not.toContain('Delgado');
    expect(text[0]).toMatch(/The informant\s+called at noon\./);
    expect(text[0]).toContain("Tex. Gov't Code § 552.101 (informer identity)");
    expect(first.imagePages).toEqual([]);
    expect(first.notes.join('\n')).not.toContain('picture');
  });

  it('is recorded in the matter, and each record keeps its numbers', () => {
    expect(first.production).toMatchObject({
      volume: 'RB-VOL001',
      date: '2025-03-20',
      first: 1,
      last: 6,
      batesFirst: 'RB-00001',
      batesLast: 'RB-00006',
      pages: 6,
    });
    expect(first.production.withheldIds).toEqual([first.file.records[4]!.id]);
    expect(first.file.history.at(-1)).toMatchObject({
      kind: 'produced',
      name: 'RB-VOL001',
      sha256: first.production.manifestSha256,
      summary: '4 records, 6 pages, RB-00001 – RB-00006',
    });
    expect(first.file.records[3]).toMatchObject({
      produced: { volume: 'RB-VOL001', first: 6, last: 6 },
      redactedPages: 'RB-00006',
      status: 'partly-withheld',
    });
  });

  it('the next production continues after the last number; records produced before keep theirs', async () => {
    const more = path.join(dir, 'more.pdf');
    writeFileSync(more, makePdf([['Later record.'], ['Its second page.']]));
    const added = await add(first.file, [more]);
    const second = await produce(added.file, out);
    expect(second.production).toMatchObject({
      volume: 'RB-VOL002',
      batesFirst: 'RB-00007',
      batesLast: 'RB-00008',
      withheldIds: [],
    });
    const again = await produce(second.file, path.join(dir, 'again'), true);
    expect(again.production).toMatchObject({
      volume: 'RB-VOL003',
      batesFirst: 'RB-00001',
      batesLast: 'RB-00008',
    });
  });

  it('with nothing new, says so and writes nothing', async () => {
    const empty = path.join(dir, 'empty');
    await expect(produce(first.file, empty)).rejects.toThrow(/Nothing new to produce/);
    expect(existsSync(empty)).toBe(false);
  });
});

describe('a production that cannot finish', () => {
  it('stops when a redacted phrase can still be read, and leaves no volume', async () => {
    const tricky = path.join(dir, 'tricky.pdf');
    // The name is set without a space: the boxes cannot find it, the final check does.
    writeFileSync(tricky, makePdf([['Report by MariaDelgado.']]));
    const added = await add({ ...file, records: [], excerpts: [] }, [tricky]);
    const withPhrase = {
      ...added.file,
      productionRedactions: [
        { id: 'x', kind: 'phrase' as const, phrase: 'Maria Delgado', reason: 'TRE 503' },
      ],
    };
    const outDir = path.join(dir, 'stopped');
    await expect(produce(withPhrase, outDir)).rejects.toThrow(
      /redacted phrase can still be read in record 1/,
    );
    expect(readdirSync(outDir)).toEqual([]);
  });
});
