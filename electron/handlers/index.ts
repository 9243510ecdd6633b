// Every channel's handler, from the per-area handler files. The transports (IPC, HTTP) dispatch into this.
import type { DeskServices } from '../services/desk-services';
import { createAppHandlers } from './app-handlers';
import { createDraftHandlers } from './draft-handlers';
import { createExampleHandlers } from './example-handlers';
import { createFolderHandlers } from './folder-handlers';
import type { Handlers } from './handler-types';
import { createLetterPdfHandlers } from './letter-pdf-handlers';
import { createLibraryHandlers } from './library-handlers';
import { createLibraryUsageHandlers } from './library-usage-handlers';
import { createMatterHandlers } from './matter-handlers';
import { createProductionHandlers } from './production-handlers';
import { createPagesHandlers } from './pages-handlers';
import { createRecoveryHandlers } from './recovery-handlers';
import { createSessionHandlers } from './session-handlers';
import { createTemplatesHandlers } from './templates-handlers';
import { createVersionHandlers } from './version-handlers';

export function createHandlers(services: DeskServices): Handlers {
  return {
    ...createAppHandlers(services),
    ...createTemplatesHandlers(services),
    ...createMatterHandlers(services),
    ...createSessionHandlers(services),
    ...createExampleHandlers(services.paths.paths.examplesDir),
    ...createRecoveryHandlers(services),
    ...createDraftHandlers(services),
    ...createLetterPdfHandlers(services),
    ...createLibraryHandlers(services.library),
    ...createLibraryUsageHandlers(services),
    ...createVersionHandlers(services),
    ...createProductionHandlers(services),
    ...createPagesHandlers(services),
    ...createFolderHandlers(),
  };
}

export type { Handlers, PartialHandlers, HandlerContext, DesktopShell } from './handler-types';
