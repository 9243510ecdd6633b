// Makes a production volume from the matter's records: each record's pages Bates-stamped (redactions burned
// in), checked for any redacted phrase left, then the index, the privilege log, the cover letter (DOCX and
// PDF), optional load files and the manifest; the volume appears whole or not at all. Returns the matter as it must be saved: the production recorded, and each
// record with its pages, numbers and redacted pages. If that save fails, call `undo` to remove the volume.
import { randomUUID } from 'node:crypto';
import type { MatterFile } from '../../../core/matter-file/matter-file';
import { planBates } from '../../../core/production/bates-plan';
import { nextBatesNumber, volumeName, type Production } from '../../../core/production/production';
import { productionRecord } from '../../../core/production/production-record';
import {
  afterProduction,
  nothingToProduce,
  selectForProduction,
} from '../../../core/production/production-selection';
import { recordViews } from '../../../core/records/record-views';
import { formatLegalDate, todayIso } from '../../../core/template/helpers/legal-date';
import { OriginalsStore } from './originals-store';
import type { HtmlPrinter } from './printer';
import { producePages, type ProducedRecordPages } from './produce-pages';
import { ProductionError } from './production-error';
import { recordSources } from './record-sources';
import { printable } from './stamp-fonts';
import { writeVolumeDocuments } from './volume-documents';
import { writeCoverLetter } from './volume-cover-letter';
import { writeLoadFiles } from './volume-load-files';
import { VolumeWriter } from './volume-writer';

export interface ProduceRequest {
  file: MatterFile;
  libraryDir: string;
  outDir: string;
  zip?: boolean;
  /** Produce again the records produced before, under their own numbers. */
  again?: boolean;
  /** Also write Concordance DAT and Opticon OPT load files under DATA/. */
  loadFiles?: boolean;
  /** The templates folder, for a cover letter drafted in an older file that keeps no template of its own. */
  templatesDir?: string;
  printer: () => Promise<HtmlPrinter>;
  now?: Date;
  onRecord?: (done: number, total: number) => void;
}

export interface ProduceOutcome {
  file: MatterFile;
  production: Production;
  folder: string;
  zip?: string;
  /** Pages produced as pictures because of redactions: which record, which Bates numbers. */
  imagePages: { name: string; labels: string[] }[];
  /** Every page with a redaction (text removed under its boxes, or made a picture), by record. */
  redactedPages: { name: string; labels: string[] }[];
  /** Things the user should know (a phrase not found, Bates numbering turned on). */
  notes: string[];
  undo: () => Promise<void>;
}

export async function produceVolume(request: ProduceRequest): Promise<ProduceOutcome> {
  const { file } = request;
  const selection = selectForProduction(file, request.again === true);
  if (selection.produce.length === 0 && selection.withhold.length === 0)
    throw new ProductionError(nothingToProduce(file));
  const bates = file.exhibitSettings.bates;
  if (printable(bates.prefix) !== bates.prefix)
    throw new ProductionError(
      `The Bates prefix "${bates.prefix}" has a character the stamp cannot print; use letters, digits, dashes and spaces.`,
    );
  const store = new OriginalsStore(request.libraryDir);
  const sources = await recordSources(selection.produce, file.excerpts, store, request.printer);
  const start = nextBatesNumber(
    bates.start,
    file.productions,
    file.records.map((r) => r.produced),
  );
  const plan = planBates(
    selection.produce.map(({ record }) => ({ ...record, pages: sources.get(record.id)!.pages })),
    bates,
    start,
  );
  if (plan.problems.length > 0)
    throw new ProductionError(
      'Some records produced before no longer fit the Bates numbers they went out with:',
      plan.problems.map(
        (p) => `${selection.produce.find((s) => s.record.id === p.id)!.record.description}: ${p.message}`,
      ),
    );
  const volume = volumeName(bates.prefix, file.productions.length + 1);
  const writer = await VolumeWriter.begin(request.outDir, volume, request.zip === true);
  let renamed = false;
  try {
    const pages = await producePages(writer, file, selection.produce, sources, plan.ranges, request.onRecord);
    const records = file.records.map((record) => {
      const done = pages.byId.get(record.id);
      return done ? afterProduction(record, done.outcome) : record;
    });
    const notes = [...pages.notes];
    if (!bates.enabled)
      notes.push(
        `Bates numbering was off for this matter; it is on now, so the letters show the numbers this volume stamped.`,
      );
    const updated: MatterFile = {
      ...file,
      records,
      exhibitSettings: { ...file.exhibitSettings, bates: { ...bates, enabled: true } },
    };
    const views = recordViews({ ...updated, productions: file.productions });
    const viewOf = (id: string) => views.all.find((v) => v.id === id)!;
    const produced = [...pages.byId.values()].map((p: ProducedRecordPages) => ({
      view: viewOf(p.id),
      facts: p.facts,
    }));
    const now = request.now ?? new Date();
    const ranges = produced.map((p) => ({
      id: p.view.id,
      first: p.view.range?.first ?? 0,
      last: p.view.range?.last ?? 0,
      pages: p.facts.pages,
    }));
    // The volume's range as its documents state it, before its manifest (which lists them) exists.
    const span = productionRecord({
      volume,
      now,
      date: todayIso(now),
      bates,
      produced: ranges,
      withheldIds: [],
      manifestSha256: '',
      newId: randomUUID,
    });
    await writeVolumeDocuments(
      writer,
      {
        producer: file.matter.respondent.city,
        volume,
        date: formatLegalDate(now),
        range: span.range,
        matter: file.matter.title,
      },
      { produced, withheld: selection.withhold.map((s) => viewOf(s.record.id)) },
    );
    notes.push(
      ...(await writeCoverLetter(writer, {
        volume,
        file: updated,
        producedIds: new Set(pages.byId.keys()),
        printer: request.printer,
        ...(request.templatesDir ? { templatesDir: request.templatesDir } : {}),
        now,
      })),
    );
    if (request.loadFiles === true)
      notes.push(
        ...(await writeLoadFiles(writer, {
          volume,
          file: updated,
          produced,
          libraryDir: request.libraryDir,
        })),
      );
    const written = await writer.finish();
    renamed = true;
    const { production, entry } = productionRecord({
      volume,
      now,
      date: todayIso(now),
      bates,
      produced: ranges,
      withheldIds: selection.withhold.map((s) => s.record.id),
      manifestSha256: written.manifestSha256,
      newId: randomUUID,
    });
    return {
      file: { ...updated, productions: [...file.productions, production], history: [...file.history, entry] },
      production,
      folder: written.folder,
      ...(written.zip ? { zip: written.zip } : {}),
      imagePages: pages.imagePages,
      redactedPages: pages.redactedPages,
      notes,
      undo: () => writer.abandon(true),
    };
  } catch (error) {
    await writer.abandon(renamed);
    throw error;
  }
}
