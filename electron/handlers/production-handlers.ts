// Handlers of the production channels: the preview of the next volume, producing it in the background (see
// produce-jobs.ts), the desktop's folder dialog and "Show in folder", and adding or removing redactions. A
// redaction changes only the matter the page sends and answers the changed parts: the page applies them as
// an unsaved change, like any other edit of the records.
import { randomUUID } from 'node:crypto';
import type { RedactOutcome } from '../../core/api/production-requests';
import { DeskError } from '../../core/api/result';
import type { MatterFile } from '../../core/matter-file/matter-file';
import { addPhraseRedaction } from '../../core/production/add-redaction';
import { previewProduction } from '../../core/production/production-preview';
import { removeRedaction } from '../../core/production/remove-redaction';
import type { DeskServices } from '../services/desk-services';
import type { LibraryService } from '../services/library/library-service';
import type { HandlersFor, HandlerContext } from './handler-types';
import { ProduceJobs } from './produce-jobs';

type ProductionChannel =
  | 'production:preview'
  | 'production:choose-folder'
  | 'production:start'
  | 'production:status'
  | 'production:show-in-folder'
  | 'production:redact'
  | 'production:remove-redaction';

const desktopOnly = (ctx: HandlerContext, what: string) => {
  if (!ctx.shell) throw new DeskError('bad-request', `Browser mode has no system dialog ${what}.`);
  return ctx.shell;
};

const noJob = (jobId: string) =>
  new DeskError('not-found', `No production ${jobId} is known here; it may be from before a restart.`);

// One set of production jobs per set of services, however many handler sets are built for them.
const jobsByServices = new WeakMap<object, ProduceJobs>();

export function createProductionHandlers(
  services: Pick<DeskServices, 'matterFiles' | 'recovery' | 'library' | 'openPrinter' | 'paths'>,
): HandlersFor<ProductionChannel> {
  const jobs = jobsByServices.get(services.library) ?? new ProduceJobs(services);
  jobsByServices.set(services.library, jobs);
  return {
    'production:preview': async (request) => previewProduction(request.parts, request.again),
    'production:choose-folder': async (_request, ctx) => ({
      path: await desktopOnly(ctx, 'to choose a folder: type its full path').chooseFolder(),
    }),
    'production:start': async (request) => jobs.start(request),
    'production:status': async (request) => {
      const status = jobs.status(request.jobId);
      if (!status) throw noJob(request.jobId);
      return status;
    },
    'production:show-in-folder': async (request, ctx) => {
      const shell = desktopOnly(ctx, 'to show a folder in: open the folder named in the result');
      const folder = jobs.folderOf(request.jobId);
      if (!folder) throw noJob(request.jobId);
      shell.showInFolder(folder);
      return { shown: true };
    },
    // addPhraseRedaction reads and returns only the parts sent (records, excerpts, reasons, redactions).
    'production:redact': async (request) =>
      redact(withLibraryText(request.parts as MatterFile, services.library), request),
    'production:remove-redaction': async (request) => {
      const removed = removeRedaction(request.parts, request.redactionId);
      if (!removed)
        throw new DeskError('not-found', 'That redaction is no longer in the matter; nothing was changed.');
      return removed;
    },
  };
}

/** Excerpts that hold no text of their own (older files) are searched in the library's copy, as the CLI does. */
function withLibraryText(parts: MatterFile, library: LibraryService): MatterFile {
  if (parts.excerpts.every((e) => e.text.trim() !== '' || !e.sourceSha256)) return parts;
  const excerpts = parts.excerpts.map((e) => {
    if (e.text.trim() || !e.sourceSha256) return e;
    const source = library.db.findBySha256(e.sourceSha256);
    return source ? { ...e, text: library.db.get(source.id)?.text ?? '' } : e;
  });
  return { ...parts, excerpts };
}

/** The core's messages name the CLI's options; the app names its own controls. */
const inAppWords = (problem: string): string =>
  problem
    .replace(/ \(A scanned page has no text: [^)]*\)/, '')
    .replace(/, or for a scanned page black out a box on it with redact --box\./, '.')
    .replace(/, e\.g\. --reason "[^"]*"\./, ': choose one from the list or type a new one.');

function redact(
  parts: MatterFile,
  request: { phrase: string; reason: string; recordId?: string },
): RedactOutcome {
  const recordIndex =
    request.recordId === undefined ? undefined : parts.records.findIndex((r) => r.id === request.recordId);
  if (recordIndex === -1)
    throw new DeskError('not-found', 'That record is no longer in the matter; nothing was changed.');
  const result = addPhraseRedaction(parts, {
    phrase: request.phrase,
    reason: request.reason,
    recordIndex,
    newId: randomUUID,
  });
  if ('problem' in result) throw new DeskError('bad-request', inAppWords(result.problem));
  const idAt = (index: number) => parts.records[index]!.id;
  return {
    records: result.file.records,
    redactionReasons: result.file.redactionReasons,
    productionRedactions: result.file.productionRedactions,
    reason: result.reason,
    reasonAdded: result.reasonAdded,
    hits: result.hits.map((h) => ({ recordId: idAt(h.index), count: h.count })),
    already: result.already,
    producedBefore: result.producedBefore.map(idAt),
  };
}
