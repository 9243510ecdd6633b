// The DOCX export encloses a whole record as its own produced pages and a quoted excerpt as text; when the
// pages cannot be made it says which exhibit, why and what went out instead. No LibreOffice: the DOCX's XML.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { matterParts } from '../../../../core/matter-file/matter-file';
import { policyExcerpt } from '../../../support/excerpt-fixture';
import { OriginalsStore } from '../../../../electron/services/production/originals-store';
import { PrinterUnavailableError } from '../../../../electron/services/production/printer';
import { letterFixture, QUOTE, type LetterFixture } from '../../../support/exhibit-letter-fixture';
import { recordSchema } from '../../../../core/records/record';

async function exportOf(fixture: LetterFixture, exporter = fixture.exporter()) {
  const exported = await exporter.exportDocx(fixture.draft, matterParts(fixture.file), true);
  const zip = unzipSync(new Uint8Array(exported.bytes));
  const body = strFromU8(zip['word/document.xml']!);
  return {
    exported,
    zip,
    body,
    alts: [...body.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]),
    pageProblems: exported.problems
      .filter((p) => p.kind === 'exhibit-pages-unavailable')
      .map((p) => p.message),
  };
}

/** The pictures in the DOCX, in order. */
const mediaOf = (zip: Record<string, Uint8Array>) =>
  Object.keys(zip)
    .filter((name) => name.startsWith('word/media/'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => zip[name]!);

/** Share of dark pixels in a rectangle of a page picture, given in points (the pictures are 150 dpi). */
async function darkShare(image: Uint8Array, rect: { x: number; y: number; width: number; height: number }) {
  const picture = await loadImage(Buffer.from(image));
  const canvas = createCanvas(picture.width, picture.height);
  const context = canvas.getContext('2d');
  context.drawImage(picture, 0, 0);
  const at = (v: number) => Math.round((v * 150) / 72);
  const { data } = context.getImageData(at(rect.x), at(rect.y), at(rect.width), at(rect.height));
  let dark = 0;
  for (let p = 0; p < data.length; p += 4) if (data[p]! < 80) dark++;
  return dark / (data.length / 4);
}

describe('whole records enclosed as their own pages', () => {
  it('puts one picture per page of the record, named by exhibit, page and Bates label; the excerpt stays text', async () => {
    const fixture = await letterFixture({ pages: 3 });
    const { body, alts, pageProblems, zip } = await exportOf(fixture);
    expect(pageProblems).toEqual([]);
    expect(alts).toEqual([
      'Exhibit A, page 1 of 3, CITY-000120',
      'Exhibit A, page 2 of 3, CITY-000121',
      'Exhibit A, page 3 of 3, CITY-000122',
    ]);
    expect(Object.keys(zip).filter((name) => name.startsWith('word/media/'))).toHaveLength(3);
    // The index lists the range the pages are stamped with; the record's words are not retyped.
    expect(body).toContain('CITY-000120 – CITY-000122');
    expect(body).not.toContain('Officers shall not inquire into immigration status');
    expect(body).toContain(QUOTE);
  });

  it('draws the pages once: exporting again takes them from the cache', async () => {
    const fixture = await letterFixture({ pages: 2 });
    await exportOf(fixture);
    const cacheDir = path.join(fixture.libraryDir, 'exhibit-pages');
    const [key] = await fs.readdir(cacheDir);
    // A picture changed in the cache is the one the next export encloses: nothing was drawn again.
    const kept = path.join(cacheDir, key!, 'page-1.png');
    const marked = Buffer.concat([await fs.readFile(kept), Buffer.from('cached-marker')]);
    await fs.writeFile(kept, marked);
    const { zip } = await exportOf(fixture);
    const media = Object.entries(zip).filter(([name]) => name.startsWith('word/media/'));
    expect(media.some(([, bytes]) => Buffer.from(bytes).includes('cached-marker'))).toBe(true);
  });

  it('counts the pages of a whole record attached without them, so the index and the stamps agree', async () => {
    const fixture = await letterFixture({ pages: 4 });
    fixture.file.records[0] = { ...fixture.file.records[0]!, printedPages: 0 };
    const { body, alts, pageProblems } = await exportOf(fixture);
    expect(pageProblems).toEqual([]);
    expect(alts.at(-1)).toBe('Exhibit A, page 4 of 4, CITY-000123');
    expect(body).toContain('CITY-000120 – CITY-000123');
    expect(body).toContain('CITY-000124'); // the excerpt follows on
  });

  it('labels the pages as the exhibit’s other pages are when Bates numbering is off', async () => {
    const fixture = await letterFixture({ pages: 2 });
    const { exhibitSettings } = fixture.file;
    fixture.file = {
      ...fixture.file,
      exhibitSettings: { ...exhibitSettings, bates: { ...exhibitSettings.bates, enabled: false } },
    };
    const { alts, body, pageProblems } = await exportOf(fixture);
    expect(pageProblems).toEqual([]);
    expect(alts).toEqual(['Exhibit A, page 1 of 2', 'Exhibit A, page 2 of 2']);
    expect(body).not.toContain('CITY-0');
  });

  it('blacks out a phrase redacted across the matter, as the production does', async () => {
    const fixture = await letterFixture({ pages: 1 });
    const redaction = {
      id: 'p1',
      kind: 'phrase' as const,
      phrase: 'General Order 301.00',
      reason: '552.101',
    };
    const plain = await exportOf(fixture);
    fixture.file = { ...fixture.file, productionRedactions: [redaction] };
    const redacted = await exportOf(fixture);
    // The phrase opens the page's first line: 72 pt from the left, its baseline 72 pt from the top.
    const phrase = { x: 76, y: 64, width: 90, height: 7 };
    expect(await darkShare(mediaOf(plain.zip)[0]!, phrase)).toBeLessThan(0.4);
    // Black but for the reason printed in white on the box.
    expect(await darkShare(mediaOf(redacted.zip)[0]!, phrase)).toBeGreaterThan(0.75);
  });
});

describe('when the pages cannot be made', () => {
  it('names the exhibit when its file is not among the originals, and encloses its slip sheet', async () => {
    const fixture = await letterFixture({ pages: 2 });
    await fs.rm(path.join(fixture.libraryDir, 'originals'), { recursive: true });
    const { alts, pageProblems, body } = await exportOf(fixture);
    expect(alts).toEqual([]);
    expect(pageProblems).toEqual([
      'Exhibit A (General Order 301.00 (complete)) is not enclosed as its own pages: its file (general-order-301) is not among the originals kept for producing; add the file again with counsel-desk records add. Until that is fixed, the export encloses only its slip sheet, saying paper copies follow.',
    ]);
    expect(body).toContain('is enclosed as paper copies');
  });

  it('names the exhibit when its file must be printed and no printer starts, and encloses its text', async () => {
    const fixture = await letterFixture({ pages: 1 });
    const sha = await new OriginalsStore(fixture.libraryDir).put(
      Buffer.from('Shift notes.\n\nAll quiet.\n'),
      'notes.txt',
    );
    const notes = policyExcerpt('notes-text', 'Shift notes. All quiet.', {
      wholeSource: true,
      sourceSha256: sha,
      sourceTitle: 'Shift notes',
    });
    fixture.file.excerpts.push(notes);
    fixture.file.records.push(
      recordSchema.parse({ id: 'notes', description: 'Shift notes', excerptId: notes.id, exhibit: true }),
    );
    fixture.draft.letter.exhibitIds.push('notes');
    const refuse = async () => {
      throw new PrinterUnavailableError(
        'No Chromium was found; install chromium or set COUNSEL_DESK_CHROMIUM.',
      );
    };
    const { alts, pageProblems, body } = await exportOf(fixture, fixture.exporter(refuse));
    expect(alts).toHaveLength(1);
    expect(pageProblems).toEqual([
      'Exhibit C (Shift notes) is not enclosed as its own pages: its file (Shift notes) must be printed to pages, and no printer could be started. No Chromium was found; install chromium or set COUNSEL_DESK_CHROMIUM. Until that is fixed, the export encloses its retyped text instead.',
    ]);
    expect(body).toContain('Shift notes. All quiet.');
  });

  it('names the exhibit when its file no longer has the pages the letter counts', async () => {
    const fixture = await letterFixture({ pages: 3 });
    fixture.file.records[0] = { ...fixture.file.records[0]!, printedPages: 5 };
    const { alts, pageProblems } = await exportOf(fixture);
    expect(alts).toEqual([]);
    expect(pageProblems).toEqual([
      'Exhibit A (General Order 301.00 (complete)) is not enclosed as its own pages: its file has 3 pages now, but the letter counts 5; produce it again or add its file again. Until that is fixed, the export encloses only its slip sheet, saying paper copies follow.',
    ]);
  });
});
