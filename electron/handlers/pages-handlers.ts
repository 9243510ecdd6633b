// Handlers of the page viewer's channels: thin calls into the PagesService, with the library for a source's
// file and one shared printer for records and sources that are not PDFs.
import { randomUUID } from 'node:crypto';
import { DeskError } from '../../core/api/result';
import type { LibraryService } from '../services/library/library-service';
import { PagesService } from '../services/pages/pages-service';
import { SharedPrinter } from '../services/pages/shared-printer';
import type { HtmlPrinter } from '../services/production/printer';
import type { HandlersFor } from './handler-types';

type PagesChannel = 'pages:record' | 'pages:source' | 'pages:add-box';

export interface PagesHandlerOptions {
  /** How to print a record that is not a PDF; by default Chromium, started when first needed. */
  printer?: () => Promise<HtmlPrinter>;
  newId?: () => string;
}

export function createPagesHandlers(
  services: { library: LibraryService },
  options: PagesHandlerOptions = {},
): HandlersFor<PagesChannel> {
  const printer = options.printer ?? new SharedPrinter().get;
  const pages = new PagesService(services.library.dir, printer);
  return {
    'pages:record': (request) => pages.recordPages(request.parts, request.recordId, request.known),
    'pages:source': async (request) => {
      const source = services.library.db.get(request.id);
      if (!source)
        throw new DeskError(
          'not-found',
          `No source with id ${request.id} is in the library; it may have been removed. Search again.`,
        );
      return pages.sourcePages(source, request.known);
    },
    'pages:add-box': (request) => pages.addBox(request.parts, request, options.newId ?? randomUUID),
  };
}
