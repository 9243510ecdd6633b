// A production cover letter enclosing two exhibits, through the services the app and the CLI use: a whole
// record added from its PDF (kept in the originals store; optionally with a box blacked out on a page and
// produced, so it keeps the Bates numbers it went out with), and a quoted excerpt of a policy.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { matterParts, newMatterFile, type Draft, type MatterFile } from '../../core/matter-file/matter-file';
import { newMatter } from '../../core/matter/new-matter';
import { recordSchema } from '../../core/records/record';
import { ExportService } from '../../electron/services/export-service';
import { LibraryDatabase } from '../../electron/services/library/library-database';
import { addRecords } from '../../electron/services/production/add-records';
import type { HtmlPrinter } from '../../electron/services/production/printer';
import { produceVolume } from '../../electron/services/production/produce-volume';
import { TemplateService } from '../../electron/services/template-service';
import { tempDir, textPrinter } from '../electron/services/production/production-support';
import { policyExcerpt } from './excerpt-fixture';
import { makePdf } from './pdf-fixture';

export const QUOTE =
  'Officers shall forward every immigration detainer request to the Legal Unit before acting on it.';

/** Where the box is blacked out on the record's page 2, in points from the page's top-left corner. */
export const BOX = { x: 72, y: 60, width: 300, height: 60 };

export interface LetterFixture {
  dir: string;
  libraryDir: string;
  file: MatterFile;
  draft: Draft;
  templates: TemplateService;
  exporter: (openPrinter?: () => Promise<HtmlPrinter>) => ExportService;
  /** The volume's folder, when the record was produced. */
  volume?: string;
}

const recordPage = (n: number, pages: number) => [
  `General Order 301.00, Immigration Enforcement, page ${n} of ${pages}`,
  ...Array.from(
    { length: 40 },
    (_u, i) =>
      `${n}.${i + 1} Officers shall not inquire into immigration status during a stop (line ${i + 1}).`,
  ),
];

export async function letterFixture(
  options: { pages?: number; redact?: boolean; produce?: boolean; libraryDir?: string } = {},
): Promise<LetterFixture> {
  const { pages = 3, redact = false, produce = false } = options;
  const dir = tempDir();
  const libraryDir = options.libraryDir ?? path.join(dir, 'library');
  const recordPath = path.join(dir, 'general-order-301.pdf');
  writeFileSync(recordPath, makePdf(Array.from({ length: pages }, (_u, i) => recordPage(i + 1, pages))));
  let n = 0;
  const newId = () => `id${++n}`;
  const start: MatterFile = {
    ...newMatterFile(newMatter()),
    exhibitSettings: {
      labelStyle: 'letters',
      bates: { enabled: true, prefix: 'CITY-', start: 120, digits: 6 },
    },
  };
  const library = LibraryDatabase.open(libraryDir);
  const printer = textPrinter();
  let file: MatterFile;
  try {
    const added = await addRecords({
      ...{ file: start, library, libraryDir, paths: [recordPath], status: 'produced' as const },
      ...{ basis: '', requestNumbers: ['1'], printer: async () => printer, newId },
    });
    file = added.file;
  } finally {
    library.close();
  }
  const [whole] = file.records;
  file.records[0] = {
    ...whole!,
    description: 'General Order 301.00 (complete)',
    exhibit: true,
    ...(redact
      ? {
          status: 'partly-withheld' as const,
          basis: "Tex. Gov't Code § 552.101",
          redactions: [{ id: 'box1', kind: 'box' as const, page: 2, rect: BOX, reason: '552.101' }],
        }
      : {}),
  };
  let volume: string | undefined;
  if (produce) {
    const outcome = await produceVolume({
      ...{ file, libraryDir, outDir: path.join(dir, 'volumes'), printer: async () => printer },
      now: new Date('2025-03-20T15:00:00Z'),
    });
    file = outcome.file;
    volume = outcome.folder;
  }
  const excerpt = policyExcerpt('quote-text', QUOTE);
  file = {
    ...file,
    excerpts: [...file.excerpts, excerpt],
    records: [
      ...file.records,
      recordSchema.parse({
        id: 'quote',
        description: 'Excerpt of General Order 301.00',
        excerptId: excerpt.id,
        exhibit: true,
      }),
    ],
  };
  const templates = new TemplateService(path.resolve(import.meta.dirname, '../../templates'));
  const created = await templates.newDraft('production-cover-letter', matterParts(file), 'd1');
  const draft = { ...created, letter: { ...created.letter, exhibitIds: [file.records[0]!.id, 'quote'] } };
  return {
    ...{ dir, libraryDir, file, draft, templates },
    exporter: (openPrinter = async () => printer) =>
      new ExportService(templates, { libraryDir, openPrinter }),
    ...(volume ? { volume } : {}),
  };
}
