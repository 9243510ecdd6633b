// The volume's load files (DATA/<volume>.dat and .opt, core/production/load-files.ts), from what the volume
// produced and, for messages and their attachments, the library's facts: custodians, sender, To and Cc. A
// library that cannot be opened leaves those columns to the records list's own author and recipients. Each
// document's text is read back from its produced PDF (so nothing redacted is in it) into TEXT/, a page a
// form feed apart; pages produced as pictures have none.
import type { MatterFile } from '../../../core/matter-file/matter-file';
import { concordanceDat, opticonOpt, type LoadFileDocument } from '../../../core/production/load-files';
import type { ProducedRecordFacts } from '../../../core/production/production-index';
import type { RecordView } from '../../../core/records/record-views';
import type { SourceView } from '../../../core/library/mail-types';
import { LibraryDatabase } from '../library/library-database';
import { MailQueries } from '../library/mail/mail-queries';
import { formatAddresses } from '../library/mail/mail-message';
import { openPdf, pageRuns } from './pdf-reader';
import type { VolumeWriter } from './volume-writer';

/** Every page's number from the first and the count: DAL-000998 over 3 pages is …998, …999, …1000. */
export function pageLabels(first: string, pages: number): string[] {
  const match = /^(.*?)(\d+)$/.exec(first);
  if (!match) return [first];
  const [, prefix, digits] = match;
  const start = Number(digits);
  return Array.from(
    { length: pages },
    (_u, i) => `${prefix}${String(start + i).padStart(digits!.length, '0')}`,
  );
}

function libraryViews(libraryDir: string, sourceIds: string[]): Map<string, SourceView> | undefined {
  let db: LibraryDatabase | undefined;
  try {
    db = LibraryDatabase.open(libraryDir);
    const mail = new MailQueries(db);
    const views = new Map<string, SourceView>();
    for (const id of sourceIds) {
      const view = mail.view(id);
      if (view) views.set(id, view);
    }
    return views;
  } catch {
    return undefined;
  } finally {
    db?.close();
  }
}

/** The produced PDF's text, page after page, a form feed between them. */
async function producedText(bytes: Uint8Array): Promise<string> {
  const pdf = await openPdf(bytes);
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1)
      pages.push(
        (await pageRuns(pdf, n))
          .map((run) => run.str + (run.hasEOL ? '\n' : ''))
          .join('')
          .trimEnd(),
      );
    return `${pages.join('\f\n')}\n`;
  } finally {
    await pdf.destroy();
  }
}

/** Writes TEXT/<name>.txt for a produced PDF; its path in the volume. */
async function writeText(writer: VolumeWriter, pdfPath: string): Promise<string> {
  const textPath = `TEXT/${pdfPath
    .split('/')
    .pop()!
    .replace(/\.pdf$/i, '')}.txt`;
  await writer.write(textPath, await producedText(await writer.read(pdfPath)));
  return textPath;
}

export interface LoadFilesInput {
  volume: string;
  file: Pick<MatterFile, 'records' | 'excerpts'>;
  produced: readonly { view: RecordView; facts: ProducedRecordFacts }[];
  libraryDir: string;
}

/** Writes DATA/<volume>.dat and DATA/<volume>.opt; returns the notes for the user (none when all went well). */
export async function writeLoadFiles(writer: VolumeWriter, input: LoadFilesInput): Promise<string[]> {
  const records = new Map(input.file.records.map((r) => [r.id, r]));
  const excerpts = new Map(input.file.excerpts.map((e) => [e.id, e]));
  const sourceOf = (id: string) => excerpts.get(records.get(id)?.excerptId ?? '');
  const sourceIds = input.produced.map((p) => sourceOf(p.view.id)?.sourceId ?? '').filter(Boolean);
  const library = libraryViews(input.libraryDir, sourceIds);
  const documents: LoadFileDocument[] = [];
  for (const { view, facts } of input.produced) {
    const record = records.get(view.id)!;
    const excerpt = sourceOf(view.id);
    const source = excerpt ? library?.get(excerpt.sourceId) : undefined;
    const mail = source?.mail;
    documents.push({
      pageLabels: pageLabels(facts.batesBegin, facts.pages),
      family: record.family,
      attachment: record.family !== '' && record.family !== record.id && !mail,
      custodian: source?.custodians.join('; ') ?? '',
      dateSent: mail || record.documentType === 'Email' ? record.date : '',
      from: mail?.from ? formatAddresses([mail.from]) : record.author,
      to: mail ? formatAddresses(mail.to) : record.recipients,
      cc: mail ? formatAddresses(mail.cc) : '',
      subject: mail ? source!.title : record.subject,
      fileName: source?.fileName ?? excerpt?.sourceTitle ?? '',
      title: view.description,
      requests: view.requestNumbers,
      path: facts.file,
      textPath: await writeText(writer, facts.file),
    });
  }
  await writer.write(`DATA/${input.volume}.dat`, concordanceDat(documents));
  await writer.write(`DATA/${input.volume}.opt`, opticonOpt(input.volume, documents));
  return library
    ? []
    : [
        `The library could not be opened, so the load files' CUSTODIAN and CC columns are empty and FROM and TO come from the records list.`,
      ];
}
