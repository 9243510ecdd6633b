// Adds files to the matter's records, as `counsel-desk records add` does: each file is imported into the
// library when it is not there yet, kept byte for byte for producing, and becomes a record whose page count
// is its pages as produced (its PDF's, or its printed pages). An email comes with its attachments, each a
// record of its own right after it, in one family (core/records/record-family.ts).
import path from 'node:path';
import type { Excerpt } from '../../../core/excerpts/excerpt';
import { wholeSourceExcerpt } from '../../../core/excerpts/make-excerpt';
import { titleFromFileName } from '../../../core/library/document-title';
import type { SourceDetail, SourceKind } from '../../../core/library/library-types';
import type { MatterFile } from '../../../core/matter-file/matter-file';
import { recordSchema, type MatterRecord, type RecordStatus } from '../../../core/records/record';
import { familyRecords } from '../../../core/records/record-family';
import type { LibraryDatabase } from '../library/library-database';
import { MailQueries } from '../library/mail/mail-queries';
import { runImport } from '../library/mail/import-run';
import { readLimits, readUserFile } from '../safe-read';
import { keepOriginal } from './keep-originals';
import { OriginalsStore } from './originals-store';
import type { HtmlPrinter } from './printer';
import { PRINTABLE_EXTENSIONS } from './record-pages';
import { recordSources } from './record-sources';
import { ProductionError } from './production-error';

export interface AddRecordsRequest {
  file: MatterFile;
  library: LibraryDatabase;
  libraryDir: string;
  paths: string[];
  status: RecordStatus;
  basis: string;
  requestNumbers: string[];
  printer: () => Promise<HtmlPrinter>;
  newId: () => string;
}

export interface AddRecordsOutcome {
  file: MatterFile;
  /** The records added, with their place in the list (from 1). */
  added: { number: number; record: MatterRecord }[];
  notes: string[];
}

const TYPE_OF_KIND: Record<SourceKind, string> = {
  policy: 'Policy',
  training: 'Training material',
  communication: 'Communication',
  other: 'Document',
};

function singleRecord(
  source: SourceDetail,
  newId: () => string,
): { records: MatterRecord[]; excerpts: Excerpt[] } {
  const excerpt = wholeSourceExcerpt(source, newId());
  // A title a browser or scanner gave the file ("about:blank", an address) says nothing; its name does.
  const meaningless = /^(about:blank|https?:\/\/\S*|file:\S*)$/i.test(source.title.trim());
  const record = recordSchema.parse({
    id: newId(),
    description: meaningless ? titleFromFileName(source.fileName) : source.title,
    excerptId: excerpt.id,
    date: source.effectiveDate,
    documentType: TYPE_OF_KIND[source.kind],
  });
  return { records: [record], excerpts: [excerpt] };
}

async function importOne(library: LibraryDatabase, file: string): Promise<SourceDetail> {
  const { outcomes } = await runImport(library, [file]);
  const outcome = outcomes[0];
  if (!outcome) throw new ProductionError(`${file} holds nothing to add.`);
  if (outcome.status === 'failed') throw new ProductionError(outcome.message);
  return library.get(outcome.source.id)!;
}

export async function addRecords(request: AddRecordsRequest): Promise<AddRecordsOutcome> {
  const store = new OriginalsStore(request.libraryDir);
  const notes: string[] = [];
  const records: MatterRecord[] = [];
  const excerpts: Excerpt[] = [];
  const heldSources = new Set(
    request.file.records.map((r) => request.file.excerpts.find((e) => e.id === r.excerptId)?.sourceSha256),
  );
  for (const file of request.paths) {
    const extension = path.extname(file).toLowerCase();
    if (!PRINTABLE_EXTENSIONS.includes(extension))
      throw new ProductionError(
        `${path.basename(file)} cannot be a record to produce: only ${PRINTABLE_EXTENSIONS.join(', ')} files can. Save it as PDF and add that.`,
      );
    const { bytes } = await readUserFile(file, readLimits.import);
    const source = await importOne(request.library, file);
    await keepOriginal(store, file, bytes);
    const family =
      extension === '.eml' ? new MailQueries(request.library).family(source.id, false) : undefined;
    const members = family?.members.filter((m) => {
      const printable =
        m.mail || PRINTABLE_EXTENSIONS.includes(path.extname(m.source.fileName).toLowerCase());
      if (!printable)
        notes.push(
          `${m.source.fileName} (attached to "${source.title}") was not added: it cannot be printed to pages; save it as PDF and add that.`,
        );
      return printable;
    });
    const made = family
      ? familyRecords({ members: members! }, request.newId)
      : singleRecord(source, request.newId);
    // A file added twice is one record; an attachment stays with its message even when held on its own too.
    const first = made.excerpts[0];
    if (first && heldSources.has(first.sourceSha256)) {
      notes.push(`"${first.sourceTitle}" is a record already; it was not added twice.`);
      continue;
    }
    made.records.forEach((record, i) => {
      heldSources.add(made.excerpts[i]!.sourceSha256);
      records.push({
        ...record,
        status: request.status,
        basis: request.basis,
        requestNumbers: request.requestNumbers,
      });
      excerpts.push(made.excerpts[i]!);
    });
  }
  const start = request.file.records.length;
  const withExcerpts = [...request.file.excerpts, ...excerpts];
  const pages = await recordSources(
    records.map((record, i) => ({ record, index: start + i })),
    withExcerpts,
    store,
    request.printer,
  );
  const counted = records.map((r) => ({ ...r, printedPages: pages.get(r.id)!.pages }));
  return {
    file: { ...request.file, records: [...request.file.records, ...counted], excerpts: withExcerpts },
    added: counted.map((record, i) => ({ number: start + i + 1, record })),
    notes,
  };
}
