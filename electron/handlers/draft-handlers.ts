import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ExportResult } from '../../core/api/contract';
import { DeskError } from '../../core/api/result';
import { todayIso } from '../../core/letter/letter-facts';
import { writeFileAtomic } from '../services/atomic-write';
import type { DeskServices } from '../services/desk-services';
import type { LibraryService } from '../services/library/library-service';
import type { Excerpt } from '../../core/excerpts/excerpt';
import type { ExcerptCheck } from '../../core/excerpts/excerpt-check';
import type { HandlerContext, HandlersFor } from './handler-types';

async function docxTarget(
  given: string | undefined,
  fileName: string,
  ctx: HandlerContext,
): Promise<string | null> {
  if (given) return path.extname(given).toLowerCase() === '.docx' ? given : `${given}.docx`;
  if (!ctx.shell) return null; // browser mode: the bytes go back for the page to download
  const chosen = await ctx.shell.chooseSavePath('docx', fileName);
  if (!chosen) throw new DeskError('cancelled', 'Export was cancelled.');
  return chosen;
}

function excerptChecksOf(library: LibraryService, excerpts: Excerpt[]): ExcerptCheck[] | undefined {
  if (excerpts.length === 0) return undefined;
  try {
    return library.checkExcerpts(excerpts);
  } catch {
    return undefined;
  }
}

export function createDraftHandlers(
  services: Pick<DeskServices, 'templates' | 'exporter' | 'library'>,
): HandlersFor<'draft:generate' | 'draft:render' | 'draft:review' | 'draft:export-docx'> {
  return {
    'draft:generate': (request) =>
      services.templates.newDraft(request.templateId, request.parts, randomUUID(), request.title),
    'draft:render': async (request) => ({
      rendered: await services.templates.renderLetter(request.parts, request.draft),
    }),
    'draft:review': async (request) => {
      // Counted from today, as `counsel-desk review` and the export count the deadline; the excerpts are
      // compared with the library, which a review without one (a fresh data folder) simply skips.
      const excerptChecks = excerptChecksOf(services.library, request.parts.excerpts);
      const bound = await services.templates.bind(request.parts, request.draft, {
        today: todayIso(),
        ...(excerptChecks ? { excerptChecks } : {}),
      });
      return { problems: bound.problems };
    },
    'draft:export-docx': async (request, ctx): Promise<ExportResult> => {
      const exported = await services.exporter.exportDocx(
        request.draft,
        request.parts,
        request.allowIncomplete ?? false,
      );
      const target = await docxTarget(request.path, exported.fileName, ctx);
      const result = {
        fileName: exported.fileName,
        byteLength: exported.bytes.length,
        incomplete: exported.incomplete,
        problems: exported.problems,
      };
      if (!target) return { ...result, path: '', base64: exported.bytes.toString('base64') };
      try {
        await writeFileAtomic(target, exported.bytes);
      } catch (error) {
        throw new DeskError(
          'io-error',
          `Could not write ${path.basename(target)} in ${path.dirname(target)} (${(error as NodeJS.ErrnoException).code ?? 'write failed'}). If the file is open in Word, close it and export again, or choose another place.`,
        );
      }
      return { ...result, path: target, fileName: path.basename(target), base64: '' };
    },
  };
}
