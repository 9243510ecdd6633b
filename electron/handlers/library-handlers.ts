// Handlers of the policy library and excerpt channels: thin calls into the LibraryService.
import { DeskError } from '../../core/api/result';
import type { LibraryService } from '../services/library/library-service';
import type { HandlersFor } from './handler-types';

type LibraryChannel =
  | 'library:import'
  | 'library:search'
  | 'library:source'
  | 'library:list'
  | 'library:update'
  | 'library:remove'
  | 'excerpt:check';

const notFound = (id: string) =>
  new DeskError(
    'not-found',
    `No source with id ${id} is in the library; it may have been removed. Search again.`,
  );

export function createLibraryHandlers(library: LibraryService): HandlersFor<LibraryChannel> {
  return {
    'library:import': async (request) => [
      ...(request.paths.length > 0 ? await library.importPaths(request.paths) : []),
      ...(request.files.length > 0 ? await library.importUploads(request.files) : []),
    ],
    'library:search': async (request) => library.db.search(request.query, request.limit),
    'library:source': async (request) => {
      const source = library.db.get(request.id);
      if (!source) throw notFound(request.id);
      return source;
    },
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
