// Handlers of the page viewer's channels: thin calls into the PagesService, with the library for a source's
// file and one shared printer (the app's own: Electron's in the desktop app, Chromium elsewhere) for records
// and sources that are not PDFs, closed again when idle.
import { randomUUID } from 'node:crypto';
import { DeskError } from '../../core/api/result';
import type { DeskServices } from '../services/desk-services';
import { PagesService } from '../services/pages/pages-service';
import { SharedPrinter } from '../services/pages/shared-printer';
import type { HandlersFor } from './handler-types';

type PagesChannel = 'pages:record' | 'pages:source' | 'pages:range' | 'pages:add-box';

export function createPagesHandlers(
  services: Pick<DeskServices, 'library' | 'openPrinter'>,
  newId: () => string = randomUUID,
): HandlersFor<PagesChannel> {
  const pages = new PagesService(services.library.dir, new SharedPrinter(services.openPrinter).get);
  return {
    'pages:record': (request) =>
      pages.recordPages(request.parts, request.recordId, request.known, request.productionRedactions ?? []),
    'pages:source': async (request) => {
      const source = services.library.db.get(request.id);
      if (!source)
        throw new DeskError(
          'not-found',
          `No source with id ${request.id} is in the library; it may have been removed. Search again.`,
        );
      return pages.sourcePages(source, request.known);
    },
    'pages:range': async (request) => ({
      base64: pages.range(request.sha256, request.begin, request.end),
    }),
    'pages:add-box': (request) => pages.addBox(request.parts, request, newId),
  };
}
