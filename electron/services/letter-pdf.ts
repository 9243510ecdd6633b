// A letter as PDF: the draft bound to the matter as it is now (the same bind as the DOCX export), printed
// from core/print-html by whatever HtmlPrinter the caller has (Chromium through playwright-core in the CLI and
// browser mode, Electron's own printing in the desktop app). The letter and its exhibits print apart, so the
// letter's "Page X of Y" counts its own pages, and are joined into one file. A whole record enclosed goes
// out as its own pages, drawn by the same code as the DOCX export's (exhibit-pages/), when the caller says
// where the library's originals are.
import { PDFDocument } from '@cantoo/pdf-lib';
import { DeskError } from '../../core/api/result';
import type { DocumentModel } from '../../core/document/model';
import { todayIso } from '../../core/letter/letter-facts';
import type { Draft } from '../../core/matter-file/matter-file';
import type { ExhibitPageImage } from '../../core/docx/exhibit-record-pages';
import type { BindOptions, BindProblem, BoundDraft } from '../../core/pipeline/bind-draft';
import type { PrintedPageImages } from '../../core/print-html/exhibits-html';
import { printLetterHtml, type PrintHtmlOptions } from '../../core/print-html/letter-html';
import { encloseRecordPages, type ExhibitPagesSource } from './exhibit-pages/enclosed-record-pages';
import { safeFileName, stopsOf } from './export-service';
import type { HtmlPrinter } from './production/printer';
import type { MatterParts, TemplateService } from './template-service';

export interface PdfExport {
  bytes: Uint8Array;
  /** A suggested file name, e.g. "Response to AG inquiry.pdf". */
  fileName: string;
  /** What stopped a clean export; the PDF was marked DRAFT. */
  incomplete: string[];
  problems: BindProblem[];
  bound: BoundDraft;
  /** Pages of the letter itself (the exhibits after it not counted). */
  letterPages: number;
}

/** The document printed to PDF bytes: the letter, then its exhibits, with the document's properties. */
export async function printDocumentPdf(
  model: DocumentModel,
  options: PrintHtmlOptions,
  printer: HtmlPrinter,
): Promise<{ bytes: Uint8Array; letterPages: number }> {
  const html = printLetterHtml(model, options);
  const letter = await PDFDocument.load(await printer.printToPdf(html.letter));
  const letterPages = letter.getPageCount();
  if (html.exhibits) {
    const exhibits = await PDFDocument.load(await printer.printToPdf(html.exhibits));
    const copied = await letter.copyPages(exhibits, exhibits.getPageIndices());
    for (const page of copied) letter.addPage(page);
  }
  letter.setTitle(model.title);
  letter.setSubject(model.subject);
  letter.setAuthor(model.author);
  letter.setCreator('Counsel Desk');
  letter.setProducer('Counsel Desk');
  return { bytes: await letter.save(), letterPages };
}

/** The caller's printer lent out: the exhibit pages' code closes what it opens, and the letter prints after. */
const borrowed = (printer: () => Promise<HtmlPrinter>) => async (): Promise<HtmlPrinter> => {
  const lent = await printer();
  return { printToPdf: (html) => lent.printToPdf(html), close: () => Promise.resolve() };
};

/** The record pages' pictures as data: addresses, which the printer lets through. */
export const printedImages = (images: ReadonlyMap<string, readonly ExhibitPageImage[]>): PrintedPageImages =>
  new Map(
    [...images].map(([id, pages]) => [
      id,
      pages.map((page) => ({
        src: `data:image/${page.type === 'jpg' ? 'jpeg' : 'png'};base64,${Buffer.from(page.image).toString('base64')}`,
        alt: page.alt,
      })),
    ]),
  );

/**
 * Binds the draft and prints it, as ExportService.exportDocx writes the DOCX: refused with
 * `incomplete-matter` while something stops the letter, unless `allowIncomplete` (then marked DRAFT).
 */
export async function exportLetterPdf(
  templates: TemplateService,
  draft: Draft,
  parts: MatterParts,
  allowIncomplete: boolean,
  printer: () => Promise<HtmlPrinter>,
  options: Pick<PrintHtmlOptions, 'font' | 'fontSizePt'> &
    Pick<BindOptions, 'today' | 'excerptChecks'> & { pages?: ExhibitPagesSource } = {},
): Promise<PdfExport> {
  const { today = todayIso(), excerptChecks, pages, ...fonts } = options;
  const bind = (from: MatterParts) =>
    templates.bind(from, draft, { today, ...(excerptChecks ? { excerptChecks } : {}) });
  const first = await bind(parts);
  const refused = stopsOf(first);
  if (refused.length > 0 && !allowIncomplete)
    throw new DeskError(
      'incomplete-matter',
      `The letter is not ready to send: ${refused.join('; ')}. Fix ${refused.length === 1 ? 'it' : 'them'}, or export anyway as a marked draft.`,
      refused,
    );
  // Whole records go out as their own pages, as in the DOCX; what cannot be drawn is reported.
  const enclosed =
    pages && first.docx.exhibitSet
      ? await encloseRecordPages({ ...pages, openPrinter: borrowed(printer) }, parts, first, bind)
      : { bound: first, images: new Map<string, ExhibitPageImage[]>(), problems: [] };
  const { bound } = enclosed;
  const asPages = (p: BindProblem) =>
    p.kind === 'partly-withheld-exhibit' && enclosed.images.has(p.recordId!);
  const incomplete = stopsOf(bound);
  const printed = await printDocumentPdf(
    bound.document,
    {
      ...bound.docx,
      ...fonts,
      exhibitImages: printedImages(enclosed.images),
      markDraft: incomplete.length > 0,
    },
    await printer(),
  );
  return {
    ...printed,
    fileName: safeFileName(draft.title, '.pdf'),
    incomplete,
    problems: [...bound.problems.filter((p) => !asPages(p)), ...enclosed.problems],
    bound,
  };
}
