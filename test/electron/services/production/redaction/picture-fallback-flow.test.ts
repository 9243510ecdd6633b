// Productions where a cleaned page is not enough, through the services the CLI and the app use: a page that
// cannot be cleaned with certainty is produced as a picture and the user told which page and why; a phrase
// left on a cleaned page where no box is stops the production (a picture would only hide it from the check).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { newMatterFile } from '../../../../../core/matter-file/matter-file';
import { newMatter } from '../../../../../core/matter/new-matter';
import { LibraryDatabase } from '../../../../../electron/services/library/library-database';
import { addRecords } from '../../../../../electron/services/production/add-records';
import { produceVolume } from '../../../../../electron/services/production/produce-volume';
import { pagesText, tempDir, textPrinter } from '../production-support';

const dir = tempDir();
const libraryDir = path.join(dir, 'library');
let n = 0;

async function withRecord(file: string) {
  const start = {
    ...newMatterFile(newMatter()),
    exhibitSettings: {
      labelStyle: 'letters' as const,
      bates: { enabled: true, prefix: 'RB-', start: 1, digits: 5 },
    },
  };
  const library = LibraryDatabase.open(libraryDir);
  try {
    const added = await addRecords({
      file: start,
      library,
      libraryDir,
      paths: [file],
      status: 'produced',
      basis: '',
      requestNumbers: ['1'],
      printer: async () => textPrinter(),
      newId: () => `r${++n}`,
    });
    return added.file;
  } finally {
    library.close();
  }
}

describe('a production with a page that cannot be cleaned with certainty', () => {
  it('produces that page as a picture and tells the user which page and why', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage([612, 792]).drawText('A plain first page.', { x: 72, y: 700, size: 11, font });
    const page = doc.addPage([612, 792]);
    page.drawText('The informant Maria Delgado called.', { x: 72, y: 700, size: 11, font });
    // An oval drawn around the name: curves under the box could be letters drawn as outlines.
    page.drawEllipse({ x: 150, y: 704, xScale: 40, yScale: 8, borderWidth: 1 });
    const curvy = path.join(dir, 'curvy.pdf');
    writeFileSync(curvy, await doc.save());
    const withPhrase = {
      ...(await withRecord(curvy)),
      productionRedactions: [
        { id: 'x', kind: 'phrase' as const, phrase: 'Maria Delgado', reason: 'TRE 503' },
      ],
    };
    const outcome = await produceVolume({
      file: withPhrase,
      libraryDir,
      outDir: path.join(dir, 'out'),
      printer: async () => textPrinter(),
      now: new Date('2025-03-20T15:00:00Z'),
    });
    expect(outcome.imagePages).toEqual([{ name: 'record 1 (curvy)', labels: ['RB-00002'] }]);
    expect(outcome.notes).toContainEqual(
      expect.stringMatching(
        /^In record 1 \(curvy\), RB-00002 could not be cleaned .*\(curves that may be letters drawn as outlines lie under a box\), so it was produced as a picture of the page/,
      ),
    );
    const text = await pagesText(readFileSync(path.join(outcome.folder, 'RECORDS/RB-00001.pdf')));
    expect(text[0]).toContain('A plain first page.');
    expect(text[1]).not.toContain('informant');
  });
});

describe('a production with the phrase left on a cleaned page', () => {
  it('stops, naming the page, instead of making the page a picture that would still show it', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([612, 792]);
    page.drawText('The informant Maria Delgado called.', { x: 72, y: 700, size: 11, font });
    // Set without a space: the boxes cannot find it, the check after does.
    page.drawText('Signed: MariaDelgado', { x: 72, y: 680, size: 11, font });
    const twice = path.join(dir, 'twice.pdf');
    writeFileSync(twice, await doc.save());
    const file = {
      ...(await withRecord(twice)),
      productionRedactions: [
        { id: 'x', kind: 'phrase' as const, phrase: 'Maria Delgado', reason: 'TRE 503' },
      ],
    };
    const outDir = path.join(dir, 'twice-out');
    await expect(
      produceVolume({ file, libraryDir, outDir, printer: async () => textPrinter() }),
    ).rejects.toThrow(/redacted phrase can still be read in record 1/);
    expect(existsSync(path.join(outDir, 'RB-VOL001'))).toBe(false);
  });
});
