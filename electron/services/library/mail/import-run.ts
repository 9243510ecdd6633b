// One import of many files, folders and mailboxes: every message and file is an item; a bad item is
// reported by name and the rest go on; messages are stored in batches, one transaction each; progress gives
// the count, the current item and the time left; a cancelled run keeps what it stored (importing the same
// files again resumes: what is already in the library is recognised and skipped).
import path from 'node:path';
import type { BatchProgress, ImportOutcome, ImportSummary } from '../../../../core/library/library-types';
import { DOCUMENT_EXTENSIONS, ImportError } from '../extract-file';
import { importFile } from '../import-document';
import type { LibraryDatabase } from '../library-database';
import { listInputs } from './input-files';
import { isMailFile, MAIL_EXTENSIONS, mailItems, type MailItem } from './mail-items';
import { prepareMessage, type PreparedMessage } from './prepare-message';
import { MailStore } from './store-message';
import { ImportTally } from './import-tally';

export const SUPPORTED_EXTENSIONS = [...DOCUMENT_EXTENSIONS, ...MAIL_EXTENSIONS.filter((e) => e !== '.eml')];

export interface ImportRunOptions {
  /** Whose mailbox or files these are; empty when not named. */
  custodian?: string;
  signal?: AbortSignal;
  onProgress?: (progress: BatchProgress) => void;
  onOutcome?: (outcome: ImportOutcome) => void;
  /** Pages of a long PDF as they are read. */
  onPage?: (fileName: string, page: number, pageCount: number) => void;
}

// Small enough that storing one batch keeps the app responsive (well under a quarter of a second).
const BATCH_MESSAGES = 25;
const BATCH_BYTES = 16 << 20;
const isSupported = (file: string) => SUPPORTED_EXTENSIONS.includes(path.extname(file).toLowerCase());
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function runImport(
  library: LibraryDatabase,
  inputs: string[],
  options: ImportRunOptions = {},
): Promise<{ summary: ImportSummary; outcomes: ImportOutcome[] }> {
  const custodian = options.custodian?.trim() ?? '';
  const list = await listInputs(inputs, isSupported, SUPPORTED_EXTENSIONS);
  const tally = new ImportTally(list, options.onProgress, options.onOutcome);
  const store = new MailStore(library);
  let batch: { item: MailItem; prepared: PreparedMessage }[] = [];
  let batchBytes = 0;

  const commit = () => {
    if (batch.length === 0) return;
    const stored = batch;
    batch = [];
    batchBytes = 0;
    const storeOne = ({ prepared }: (typeof stored)[number]) => store.storeMessage(prepared, custodian);
    const counted = store.attachmentsStored;
    try {
      const outcomes = library.connection.transaction(() => stored.map(storeOne))();
      stored.forEach(({ item, prepared }, i) => tally.stored(item, prepared, outcomes[i]!));
    } catch {
      // One message broke the batch, which was rolled back: store them one by one so only that one fails.
      store.attachmentsStored = counted;
      for (const entry of stored) {
        try {
          tally.stored(entry.item, entry.prepared, library.connection.transaction(() => storeOne(entry))());
        } catch (error) {
          const { label, weight } = entry.item;
          tally.failed(label, `${label} could not be stored: ${reason(error)}`, weight);
        }
      }
    }
  };

  const importMail = async (file: string) => {
    for await (const item of mailItems(file)) {
      if (options.signal?.aborted) return;
      tally.current(item.label);
      try {
        const prepared = await prepareMessage(library, await item.read(), item.bytes, item.fileName);
        batch.push({ item, prepared });
        batchBytes += item.bytes.length;
      } catch (error) {
        commit(); // so the outcomes stay in the mailbox's order
        const message = `${item.label} could not be read: ${reason(error)}. The other messages were imported.`;
        tally.failed(item.label, message, item.weight);
      }
      if (batch.length >= BATCH_MESSAGES || batchBytes >= BATCH_BYTES) {
        commit();
        await nextTurn();
      }
    }
  };

  for (const { file, size } of list.files) {
    if (options.signal?.aborted) break;
    const name = path.basename(file);
    tally.current(name);
    try {
      if (isMailFile(file)) await importMail(file);
      else {
        const onPage = (page: number, count: number) => options.onPage?.(name, page, count);
        const outcome = await importFile(library, file, onPage, SUPPORTED_EXTENSIONS);
        if (custodian) store.addCustodian(outcome.source.id, custodian);
        tally.file(outcome, size);
      }
    } catch (error) {
      commit();
      const message =
        error instanceof ImportError ? error.message : `${name} could not be read: ${reason(error)}.`;
      tally.failed(name, message, 0);
    }
    commit();
    tally.fileDone(size);
    await nextTurn();
  }
  commit();
  return tally.finish(Boolean(options.signal?.aborted), store.attachmentsStored);
}
