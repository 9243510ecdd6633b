// Handlers of the policy library and excerpt channels: thin calls into the LibraryService and its mail
// queries, filters and background imports.
import { DeskError } from '../../core/api/result';
import { filteredSearch } from '../services/library/mail/library-filters';
import { ImportJobs } from '../services/library/mail/import-jobs';
import { MailQueries } from '../services/library/mail/mail-queries';
import type { LibraryService } from '../services/library/library-service';
import type { HandlersFor } from './handler-types';

type LibraryChannel =
  | 'library:import'
  | 'library:search'
  | 'library:filter'
  | 'library:source'
  | 'library:thread'
  | 'library:family'
  | 'library:custodians'
  | 'library:choose-import'
  | 'library:import-start'
  | 'library:import-status'
  | 'library:import-cancel'
  | 'library:list'
  | 'library:update'
  | 'library:remove'
  | 'excerpt:check';

const notFound = (id: string) =>
  new DeskError(
    'not-found',
    `No source with id ${id} is in the library; it may have been removed. Search again.`,
  );

const notAMessage = (id: string) =>
  new DeskError('not-found', `The source ${id} is not an email message, so it has no thread or family.`);

// One set of background imports per library, however many handler sets are built for it.
const jobsByLibrary = new WeakMap<LibraryService, ImportJobs>();

export function createLibraryHandlers(library: LibraryService): HandlersFor<LibraryChannel> {
  let jobs = jobsByLibrary.get(library);
  if (!jobs) {
    jobs = new ImportJobs(() => library.db);
    jobsByLibrary.set(library, jobs);
  }
  const importJobs = jobs;
  const mail = () => new MailQueries(library.db);
  return {
    'library:import': async (request) => [
      ...(request.paths.length > 0
        ? await library.importPaths(request.paths, undefined, request.custodian)
        : []),
      ...(request.files.length > 0 ? await library.importUploads(request.files, request.custodian) : []),
    ],
    'library:choose-import': async (request, ctx) => {
      if (!ctx.shell) {
        throw new DeskError(
          'bad-request',
          'Browser mode has no system dialog for this: choose files or a folder in the browser, or type their paths.',
        );
      }
      return ctx.shell.chooseImportPaths(request.what);
    },
    'library:search': async (request) => library.db.search(request.query, request.limit),
    'library:filter': async (request) =>
      filteredSearch(library.db, request.query, request.filters, request.limit),
    'library:source': async (request) => {
      const source = mail().view(request.id);
      if (!source) throw notFound(request.id);
      return source;
    },
    'library:thread': async (request) => {
      if (!library.db.get(request.id)) throw notFound(request.id);
      return mail().thread(request.id);
    },
    'library:family': async (request) => {
      if (!library.db.get(request.id)) throw notFound(request.id);
      const family = mail().family(request.id, request.thread);
      if (!family) throw notAMessage(request.id);
      return family;
    },
    'library:custodians': async () => mail().custodians(),
    'library:import-start': async (request) => importJobs.start(request.paths, request.custodian),
    'library:import-status': async (request) => {
      const status = importJobs.status(request.jobId);
      if (!status) {
        throw new DeskError('not-found', `No import ${request.jobId} is running; start the import again.`);
      }
      return status;
    },
    'library:import-cancel': async (request) => ({ cancelled: importJobs.cancel(request.jobId) }),
    'library:list': async () => library.db.list(),
    'library:update': async ({ id, ...changes }) => {
      const updated = library.db.update(id, changes);
      if (!updated) throw notFound(id);
      return updated;
    },
    'library:remove': async (request) => ({ removed: library.db.remove(request.id) }),
    'excerpt:check': async (request) => library.checkExcerpts(request.excerpts),
  };
}
