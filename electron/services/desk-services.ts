// All main-process services, built in dependency order with explicit constructor arguments, booted in that
// order and shut down in reverse. Electron's main.ts and the web host both start the app through this.
import { AppPathsService } from './app-paths';
import type { AppPaths } from './app-paths';
import { ExportService } from './export-service';
import { libraryDirFor } from './library/library-dir';
import { LibraryService } from './library/library-service';
import { MatterFiles } from './matter-files';
import { openChromiumPrinter } from './production/chromium-printer';
import type { HtmlPrinter } from './production/printer';
import { RecentFiles } from './recent-files';
import { RecoveryStore } from './recovery-store';
import { TemplateService } from './template-service';

export interface DeskServices {
  version: string;
  paths: AppPathsService;
  recovery: RecoveryStore;
  recent: RecentFiles;
  matterFiles: MatterFiles;
  templates: TemplateService;
  exporter: ExportService;
  library: LibraryService;
  /** Starts the printer that lays records out as PDF pages for a production (the caller closes it). */
  openPrinter: () => Promise<HtmlPrinter>;
}

export interface ServiceOptions {
  /** The desktop app prints with Electron's own Chromium; the web host and tests with Chromium itself. */
  openPrinter?: () => Promise<HtmlPrinter>;
}

export function createServices(paths: AppPaths, version: string, options: ServiceOptions = {}): DeskServices {
  const pathsService = new AppPathsService(paths);
  const templates = new TemplateService(paths.templatesDir);
  const libraryDir = libraryDirFor(paths.dataDir);
  const openPrinter = options.openPrinter ?? (() => openChromiumPrinter());
  return {
    version,
    paths: pathsService,
    recovery: new RecoveryStore(paths.dataDir),
    recent: new RecentFiles(paths.dataDir),
    matterFiles: new MatterFiles(),
    templates,
    // The export encloses whole records as their own pages, from the library's originals.
    exporter: new ExportService(templates, { libraryDir, openPrinter }),
    library: new LibraryService(libraryDir),
    openPrinter,
  };
}

const inBootOrder = (s: DeskServices) => [
  s.paths,
  s.recovery,
  s.recent,
  s.matterFiles,
  s.templates,
  s.exporter,
  s.library,
];

export async function bootServices(services: DeskServices): Promise<void> {
  for (const service of inBootOrder(services)) await service.boot();
}

export async function shutdownServices(services: DeskServices): Promise<void> {
  for (const service of inBootOrder(services).reverse()) {
    try {
      await service.shutdown();
    } catch {
      // Keep shutting the others down; nothing a user can do about it at quit time.
    }
  }
}
