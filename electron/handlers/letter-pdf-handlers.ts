// The app's "Export PDF…": the draft bound to the matter as it is now and printed by the services' printer
// (Electron's own printing in the desktop app, Chromium elsewhere), written where the user chooses (desktop)
// or handed back for download (browser mode). The printer is started for this export and closed after it.
import path from 'node:path';
import type { ExportResult } from '../../core/api/contract';
import { DeskError } from '../../core/api/result';
import type { Excerpt } from '../../core/excerpts/excerpt';
import { todayIso } from '../../core/letter/letter-facts';
import { writeFileAtomic } from '../services/atomic-write';
import type { DeskServices } from '../services/desk-services';
import { exportLetterPdf } from '../services/letter-pdf';
import type { LibraryService } from '../services/library/library-service';
import { PrinterUnavailableError, type HtmlPrinter } from '../services/production/printer';
import type { HandlerContext, HandlersFor } from './handler-types';

async function pdfTarget(given: string | undefined, fileName: string, ctx: HandlerContext) {
  if (given) return path.extname(given).toLowerCase() === '.pdf' ? given : `${given}.pdf`;
  if (!ctx.shell) return null; // browser mode: the bytes go back for the page to download
  const chosen = await ctx.shell.chooseSavePath('pdf', fileName);
  if (!chosen) throw new DeskError('cancelled', 'Export was cancelled.');
  return chosen;
}

function excerptChecks(library: LibraryService, excerpts: Excerpt[]) {
  if (excerpts.length === 0) return {};
  try {
    return { excerptChecks: library.checkExcerpts(excerpts) };
  } catch {
    return {};
  }
}

export function createLetterPdfHandlers(
  services: Pick<DeskServices, 'templates' | 'library' | 'openPrinter'>,
): HandlersFor<'draft:export-pdf'> {
  return {
    'draft:export-pdf': async (request, ctx): Promise<ExportResult> => {
      let started: Promise<HtmlPrinter> | undefined;
      const printer = () => (started ??= services.openPrinter());
      let exported;
      try {
        exported = await exportLetterPdf(
          services.templates,
          request.draft,
          request.parts,
          request.allowIncomplete ?? false,
          printer,
          {
            today: todayIso(),
            ...excerptChecks(services.library, request.parts.excerpts),
            // Whole records enclosed go out as their own pages, from the library's originals, as in the DOCX.
            pages: { libraryDir: services.library.dir, openPrinter: services.openPrinter },
          },
        );
      } catch (error) {
        if (error instanceof PrinterUnavailableError) throw new DeskError('io-error', error.message);
        throw error;
      } finally {
        if (started) await (await started.catch(() => undefined))?.close();
      }
      const bytes = Buffer.from(exported.bytes);
      const target = await pdfTarget(request.path, exported.fileName, ctx);
      const result = {
        fileName: exported.fileName,
        byteLength: bytes.length,
        incomplete: exported.incomplete,
        problems: exported.problems,
      };
      if (!target) return { ...result, path: '', base64: bytes.toString('base64') };
      try {
        await writeFileAtomic(target, bytes);
      } catch (error) {
        throw new DeskError(
          'io-error',
          `Could not write ${path.basename(target)} in ${path.dirname(target)} (${(error as NodeJS.ErrnoException).code ?? 'write failed'}). If the file is open in a PDF reader, close it and export again, or choose another place.`,
        );
      }
      return { ...result, path: target, fileName: path.basename(target), base64: '' };
    },
  };
}
