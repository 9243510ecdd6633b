// How `render` writes a draft, saved or just generated from a template: bound to the matter as it is now by the
// app's own services (ExportService for DOCX, letter-pdf.ts for PDF, the same TemplateService bind for the
// document model), with the bind's problems printed one a line. The CLI has no export path of its own.
import type { Draft } from '../../core/matter-file/matter-file';
import { ExportService } from '../services/export-service';
import { exportLetterPdf } from '../services/letter-pdf';
import { openChromiumPrinter } from '../services/production/chromium-printer';
import type { MatterParts, TemplateService } from '../services/template-service';
import type { CommandOutput } from './command-output';
import { printProblems } from './print-problems';
import { asCliError, libraryDirOf, withPrinter } from './production-io';
import { cliBindOptions } from './review-options';
import { writeOutput } from './write-output';

export interface ExportRequest {
  out: string;
  format: '.docx' | '.pdf' | '.json';
  font?: string;
  fontSizePt?: number;
}

export async function exportDraft(
  draft: Draft,
  parts: MatterParts,
  request: ExportRequest,
  templates: TemplateService,
  output: CommandOutput,
): Promise<void> {
  if (request.format === '.json') {
    // The same options as `review`, so both list the same problems.
    const bound = await templates.bind(parts, draft, cliBindOptions());
    printProblems(output, bound.problems, bound.missing);
    await writeOutput(request.out, `${JSON.stringify(bound.document, null, 2)}\n`);
  } else if (request.format === '.pdf') {
    // Printed by Chromium (COUNSEL_DESK_CHROMIUM, else the usual places); marked DRAFT like the DOCX when incomplete.
    const exported = await withPrinter((printer) =>
      exportLetterPdf(templates, draft, parts, true, printer, {
        font: request.font,
        fontSizePt: request.fontSizePt,
        ...cliBindOptions(),
        // Whole records go out as their own pages, from the per-user library's originals, as in the DOCX.
        pages: { libraryDir: libraryDirOf(undefined), openPrinter: printer },
      }),
    ).catch((error: unknown) => {
      throw asCliError(error, `${request.out} was not written.`);
    });
    printProblems(output, exported.problems, exported.bound.missing);
    await writeOutput(request.out, exported.bytes);
  } else {
    // An incomplete letter is still written, marked DRAFT, as the app's "export anyway" does.
    // Whole records go out as their own pages, from the per-user library's originals, as in the app.
    const pages = { libraryDir: libraryDirOf(undefined), openPrinter: () => openChromiumPrinter() };
    const exported = await new ExportService(templates, pages).exportDocx(draft, parts, true, {
      font: request.font,
      fontSizePt: request.fontSizePt,
      ...cliBindOptions(),
    });
    printProblems(output, exported.problems, exported.bound.missing);
    await writeOutput(request.out, exported.bytes);
  }
  output.print(`Wrote ${request.out}`);
}
