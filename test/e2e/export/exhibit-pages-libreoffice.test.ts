// A letter enclosing a produced PDF record (a box blacked out on its page 2) and a quoted excerpt, exported as
// the app and the CLI export it and read back through LibreOffice: the record's own pages follow its slip
// sheet as one picture a page, the box burned in; the excerpt stays text with its citation.
import { promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { matterParts } from '../../../core/matter-file/matter-file';
import { BOX, letterFixture, QUOTE, type LetterFixture } from '../../support/exhibit-letter-fixture';
import { TEST_OUTPUT } from '../../support/export-to-pdf';
import { docxToPdfs, pdfImages, pdfPageCount, pdfPages, pdfPageToPng } from '../../support/libreoffice';

const dir = path.join(TEST_OUTPUT, 'export');
const shots = path.join(TEST_OUTPUT, 'screenshots');

async function exportTo(fixture: LetterFixture, name: string, exhibitIds?: string[]) {
  const draft = exhibitIds
    ? { ...fixture.draft, letter: { ...fixture.draft.letter, exhibitIds } }
    : fixture.draft;
  const exported = await fixture.exporter().exportDocx(draft, matterParts(fixture.file), true);
  const docxPath = path.join(dir, `${name}.docx`);
  await fs.writeFile(docxPath, exported.bytes);
  return { exported, docxPath };
}

/** Share of dark pixels in a rectangle of a PNG, given in points at the 72 dpi it was rendered at. */
async function darkShare(png: string, rect: { x: number; y: number; width: number; height: number }) {
  const picture = await loadImage(await fs.readFile(png));
  const canvas = createCanvas(picture.width, picture.height);
  const context = canvas.getContext('2d');
  context.drawImage(picture, 0, 0);
  const { data } = context.getImageData(
    Math.round(rect.x),
    Math.round(rect.y),
    Math.round(rect.width),
    Math.round(rect.height),
  );
  let dark = 0;
  for (let p = 0; p < data.length; p += 4) if (data[p]! < 80) dark++;
  return dark / (data.length / 4);
}

let fixture: LetterFixture;
let letter: { docxPath: string };
let withExhibits: Awaited<ReturnType<typeof exportTo>>;
let large: Awaited<ReturnType<typeof exportTo>>;
let pdfs: string[];

beforeAll(async () => {
  await fs.mkdir(dir, { recursive: true });
  fixture = await letterFixture({ pages: 3, redact: true, produce: true });
  const big = await letterFixture({ pages: 20 });
  letter = await exportTo(fixture, 'exhibit-pages-letter-alone', []);
  withExhibits = await exportTo(fixture, 'exhibit-pages-letter');
  large = await exportTo(big, 'exhibit-pages-20-page-record', [big.file.records[0]!.id]);
  pdfs = await docxToPdfs([letter.docxPath, withExhibits.docxPath, large.docxPath], dir);
}, 300_000);

describe('a whole record enclosed as its own pages, read back through LibreOffice', () => {
  it('has the letter, the index, each slip sheet and one page per record page', async () => {
    const record = withExhibits.exported.bound.docx.exhibitSet!.exhibits;
    expect(record.map((e) => [e.label, e.pageCount])).toEqual([
      ['A', 3],
      ['B', 2],
    ]);
    const letterPages = await pdfPageCount(pdfs[0]!);
    // Letter, index, Exhibit A's slip sheet and its 3 pages, Exhibit B's slip sheet and its text page.
    expect(await pdfPageCount(pdfs[1]!)).toBe(letterPages + 1 + 1 + 3 + 2);
    const kinds = withExhibits.exported.problems.map((p) => p.kind);
    expect(kinds).not.toContain('exhibit-pages-unavailable');
    // Its redactions are burned into its pages, so no warning says its text goes out in full.
    expect(kinds).not.toContain('partly-withheld-exhibit');
  });

  it('holds one picture per record page, and the excerpt as text with its citation', async () => {
    const letterPages = await pdfPageCount(pdfs[0]!);
    const images = await pdfImages(pdfs[1]!);
    expect(images.map(([page]) => page)).toEqual([letterPages + 3, letterPages + 4, letterPages + 5]);
    expect(
      images.every(([, width, height, colour]) => width === 1275 && height === 1650 && colour === 'gray'),
    ).toBe(true);
    const text = (await pdfPages(pdfs[1]!)).map((page) => page.replace(/\s+/g, ' '));
    const excerptPage = text[letterPages + 6]!;
    expect(excerptPage).toContain(QUOTE);
    expect(excerptPage).toContain('§ 3.2, at 4-5');
    // The index lists the numbers the production stamped on the record (its columns wrap the range).
    expect(text[letterPages]!.replace(/\s+/g, '')).toMatch(/CITY-000120–CITY-.*000122/);
    // The record's words are on its pictures only, never retyped.
    expect(text.join(' ')).not.toContain('Officers shall not inquire into immigration status');
  });

  it('shows the box blacked out on the redacted page, and not on the others', async () => {
    const letterPages = await pdfPageCount(pdfs[0]!);
    await fs.mkdir(shots, { recursive: true });
    const pages = await Promise.all(
      [1, 2, 3].map((n) =>
        pdfPageToPng(pdfs[1]!, letterPages + 2 + n, path.join(shots, `exhibit-pages-record-page-${n}`), 72),
      ),
    );
    // The picture fills the 6.5" between the margins from the top margin: scale 468/612, origin (72, 72).
    const scale = 468 / 612;
    const inside = {
      x: 72 + (BOX.x + 20) * scale,
      y: 72 + (BOX.y + 15) * scale,
      width: (BOX.width - 40) * scale,
      height: (BOX.height - 30) * scale,
    };
    expect(await darkShare(pages[1]!, inside)).toBeGreaterThan(0.8);
    expect(await darkShare(pages[0]!, inside)).toBeLessThan(0.3);
    expect(await darkShare(pages[2]!, inside)).toBeLessThan(0.3);
  });

  it('names each picture by exhibit, page and the Bates number the production stamped', () => {
    const zip = unzipSync(new Uint8Array(withExhibits.exported.bytes));
    const body = strFromU8(zip['word/document.xml']!);
    expect([...body.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'Exhibit A, page 1 of 3, CITY-000120',
      'Exhibit A, page 2 of 3, CITY-000121',
      'Exhibit A, page 3 of 3, CITY-000122',
    ]);
    // The numbers the production stamped, as the matter keeps them and the volume's file is named.
    expect(fixture.file.records[0]!.produced).toMatchObject({ first: 120, last: 122, prefix: 'CITY-' });
    expect(readdirSync(path.join(fixture.volume!, 'RECORDS'))).toContain('CITY-000120.pdf');
  });

  it('keeps a 20-page record to a reasonable size', async () => {
    const bytes = large.exported.bytes.length;
    expect(await pdfPageCount(pdfs[2]!)).toBeGreaterThan(21);
    expect((await pdfImages(pdfs[2]!)).length).toBe(20);
    // 20 full pages of text, 16 greys at 150 dpi: about 110 KB a page.
    expect(bytes).toBeLessThan(20 * 150_000);
    await fs.writeFile(path.join(dir, 'exhibit-pages-20-page-record.size.txt'), `${bytes} bytes\n`);
  });
});
