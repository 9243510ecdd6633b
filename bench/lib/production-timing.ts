// Bundled by production.bench.mjs and run in a process of its own (so its peak memory is its own): makes the
// benchmark records, then times one step of a production. Prints one JSON line with what it measured.
//   node production-timing.cjs stamp <dir>     2,000 pages in 100 records, stamped and assembled into a volume
//   node production-timing.cjs redact <dir>    one phrase on each of 500 pages, redacted and produced
//                                              (EVERY=10: on one page in ten; RINGED=1: those become pictures)
//   node production-timing.cjs print <dir>     a 50-page email thread printed to PDF by Chromium
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { newMatterFile, type MatterFile } from '../../core/matter-file/matter-file';
import { newMatter } from '../../core/matter/new-matter';
import { recordSchema } from '../../core/records/record';
import { openChromiumPrinter } from '../../electron/services/production/chromium-printer';
import { OriginalsStore, sha256Hex } from '../../electron/services/production/originals-store';
import { produceVolume } from '../../electron/services/production/produce-volume';
import { recordPdf } from '../../electron/services/production/record-pages';

const LINE =
  'Officers route every detainer request to the Legal Unit and record it in the detainer log the same day.';

/**
 * A record of `pages` letter pages, 40 lines of text each; `phrase` on every `every`-th page when given, with
 * an oval drawn around it when `ringed` (curves under the box: the page cannot be cleaned, it becomes a picture).
 */
async function recordFile(pages: number, phrase = '', every = 1, ringed = false): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([612, 792]);
    for (let l = 0; l < 40; l++) {
      const text =
        l === 12 && phrase && p % every === 0
          ? `The informant ${phrase} reported it on page ${p + 1}.`
          : LINE;
      page.drawText(text, { x: 72, y: 720 - l * 15, size: 11, font });
      if (ringed && text !== LINE) page.drawEllipse({ x: 170, y: 724 - l * 15, xScale: 45, yScale: 9 });
    }
  }
  return doc.save();
}

async function matterWith(
  dir: string,
  records: { pages: number; phrase?: string; every?: number; ringed?: boolean }[],
): Promise<MatterFile> {
  const store = new OriginalsStore(dir);
  const file = newMatterFile(newMatter());
  for (const [i, spec] of records.entries()) {
    const bytes = await recordFile(spec.pages, spec.phrase, spec.every, spec.ringed);
    const sha = await store.put(bytes, `record-${i}.pdf`);
    file.excerpts.push({
      id: `x${i}`,
      sourceId: `s${i}`,
      sourceSha256: sha,
      sourceTitle: `Record ${i + 1}`,
      identifier: '',
      section: '',
      pageStart: 1,
      pageEnd: spec.pages,
      sourcePageCount: spec.pages,
      wholeSource: true,
      text: spec.phrase ? `The informant ${spec.phrase} reported it.` : '',
    });
    file.records.push(
      recordSchema.parse({
        id: `r${i}`,
        description: `Record ${i + 1}`,
        excerptId: `x${i}`,
        printedPages: spec.pages,
      }),
    );
  }
  return file;
}

const noPrinter = async () => {
  throw new Error('the benchmark records are PDFs; nothing is printed');
};

async function stamp(dir: string) {
  const file = await matterWith(
    dir,
    Array.from({ length: 100 }, () => ({ pages: 20 })),
  );
  return timed(async () => {
    const outcome = await produceVolume({
      file,
      libraryDir: dir,
      outDir: path.join(dir, 'out'),
      printer: noPrinter,
    });
    return { pages: outcome.production.pages, records: outcome.production.recordIds.length };
  });
}

/**
 * The phrase on every page (each page cleaned of it), or on one page in `EVERY`; with `RINGED=1`, ringed by an
 * oval, so those pages cannot be cleaned and become pictures.
 */
async function redact(dir: string) {
  const every = Number(process.env.EVERY ?? 1);
  const ringed = process.env.RINGED === '1';
  const file = await matterWith(dir, [
    { pages: Number(process.env.PAGES ?? 500), phrase: 'Maria Delgado', every, ringed },
  ]);
  file.productionRedactions.push({
    id: 'p',
    kind: 'phrase',
    phrase: 'Maria Delgado',
    reason: 'TRE 503 attorney-client',
  });
  return timed(async () => {
    const outcome = await produceVolume({
      file,
      libraryDir: dir,
      outDir: path.join(dir, 'out'),
      printer: noPrinter,
    });
    return { pages: outcome.production.pages, images: outcome.imagePages.flatMap((p) => p.labels).length };
  });
}

/** 25 messages quoting the ones before, as a thread's last message does, printed to about 50 pages. */
function threadEml(): Uint8Array {
  const messages = Array.from({ length: 25 }, (_u, i) =>
    [`On March ${i + 1}, 2025, Commander ${i} wrote:`, ...Array.from({ length: 80 }, () => `> ${LINE}`)].join(
      '\n',
    ),
  );
  const eml = [
    'From: Legal Unit <legal@riverbend.example>',
    'To: All Commanders <commanders@riverbend.example>',
    'Subject: RE: Detainer requests',
    'Date: Tue, 25 Mar 2025 09:15:00 -0600',
    'Content-Type: text/plain; charset=utf-8',
    '',
    messages.join('\n\n'),
  ].join('\r\n');
  return Buffer.from(eml, 'utf8');
}

async function print(dir: string) {
  const bytes = threadEml();
  const store = new OriginalsStore(dir);
  const launched = performance.now();
  const printer = await openChromiumPrinter();
  const startMs = performance.now() - launched;
  try {
    const original = { sha256: sha256Hex(bytes), extension: '.eml', bytes };
    const result = await timed(async () => ({
      pdf: await recordPdf(original, 'thread', store, async () => printer),
    }));
    writeFileSync(path.join(dir, 'thread.pdf'), result.pdf);
    return {
      ms: result.ms,
      cpuMs: result.cpuMs,
      startMs,
      pages: (await PDFDocument.load(result.pdf)).getPageCount(),
    };
  } finally {
    await printer.close();
  }
}

/** Times `work`: wall time, and the CPU time this process spent (which other jobs on the machine move less). */
async function timed<T>(work: () => Promise<T>): Promise<T & { ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { ...result, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

const steps = { stamp, redact, print };
const [step, dir] = process.argv.slice(2) as [keyof typeof steps, string];
void steps[step](dir).then((result) => process.stdout.write(`${JSON.stringify(result)}\n`));
