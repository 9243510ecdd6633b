// Bundled by exhibit-pages.bench.mjs and run in a process of its own: a production cover letter enclosing a
// 20-page PDF record as its own pages, exported to DOCX twice, the first drawing every page, the second
// taking them from the cache. Prints one JSON line: both times and the DOCX's size.
//   node exhibit-pages-timing.cjs <dir> <templates dir>
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { matterParts, newMatterFile } from '../../core/matter-file/matter-file';
import { newMatter } from '../../core/matter/new-matter';
import { recordSchema } from '../../core/records/record';
import { ExportService } from '../../electron/services/export-service';
import { OriginalsStore } from '../../electron/services/production/originals-store';
import { TemplateService } from '../../electron/services/template-service';

const LINE =
  'Officers route every detainer request to the Legal Unit and record it in the detainer log the same day.';

async function recordFile(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([612, 792]);
    for (let l = 0; l < 40; l++) page.drawText(LINE, { x: 72, y: 720 - l * 15, size: 11, font });
  }
  return doc.save();
}

async function main(dir: string, templatesDir: string) {
  const pages = 20;
  const sha = await new OriginalsStore(dir).put(await recordFile(pages), 'general-order.pdf');
  const file = newMatterFile(newMatter());
  file.exhibitSettings.bates = { enabled: true, prefix: 'CITY-', start: 1, digits: 6 };
  file.excerpts.push({
    ...{
      id: 'x',
      sourceId: 's',
      sourceSha256: sha,
      sourceTitle: 'General Order',
      identifier: '',
      section: '',
    },
    ...{ pageStart: 1, pageEnd: pages, sourcePageCount: pages, wholeSource: true, text: LINE },
  });
  file.records.push(
    recordSchema.parse({
      id: 'r',
      description: 'General Order',
      excerptId: 'x',
      exhibit: true,
      printedPages: pages,
    }),
  );
  const templates = new TemplateService(templatesDir);
  const draft = await templates.newDraft('production-cover-letter', matterParts(file), 'd');
  const exporter = new ExportService(templates, {
    libraryDir: dir,
    openPrinter: async () => {
      throw new Error('the benchmark record is a PDF; nothing is printed');
    },
  });
  const once = async () => {
    const started = performance.now();
    const exported = await exporter.exportDocx(draft, matterParts(file), true);
    const drawn = exported.problems.filter((p) => p.kind === 'exhibit-pages-unavailable');
    if (drawn.length > 0) throw new Error(drawn[0]!.message);
    return { ms: performance.now() - started, bytes: exported.bytes.length };
  };
  const cold = await once();
  const warm = await once();
  return { pages, coldMs: cold.ms, warmMs: warm.ms, bytes: warm.bytes };
}

const [dir, templatesDir] = process.argv.slice(2) as [string, string];
void main(dir, templatesDir).then((result) => process.stdout.write(`${JSON.stringify(result)}\n`));
