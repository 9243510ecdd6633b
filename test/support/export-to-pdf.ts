// Exports a document model the way the app does (buildDocx, then pack and write) and reads it back through
// LibreOffice, so tests see the pages a person would see.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DocumentModel } from '../../core/document/model';
import { buildDocx } from '../../core/docx/build-docx';
import type { DocxOptions } from '../../core/docx/build-docx';
import { writeDocxAtomically } from '../../electron/services/docx-file';
import { docxToPdf, docxToPdfs, pdfPageCount, pdfPages } from './libreoffice';

/** Exported files stay in test-output/ (gitignored) for a look after the run. */
export const TEST_OUTPUT = path.resolve(import.meta.dirname, '../../test-output');

export interface ExportedPdf {
  docxPath: string;
  pdfPath: string;
  pageCount: number;
  /** Text of each page, in order. */
  pages: string[];
}

export async function exportAndConvert(
  model: DocumentModel,
  name: string,
  options?: DocxOptions,
): Promise<ExportedPdf> {
  const dir = path.join(TEST_OUTPUT, 'export');
  await fs.mkdir(dir, { recursive: true });
  const docxPath = path.join(dir, `${name}.docx`);
  await writeDocxAtomically(buildDocx(model, options), docxPath);
  const pdfPath = await docxToPdf(docxPath, dir);
  return { docxPath, pdfPath, pageCount: await pdfPageCount(pdfPath), pages: await pdfPages(pdfPath) };
}

/** Exports several models and converts them all in one LibreOffice run (one start-up instead of one each). */
export async function exportAndConvertAll(
  letters: readonly { model: DocumentModel; name: string; options?: DocxOptions }[],
): Promise<ExportedPdf[]> {
  const dir = path.join(TEST_OUTPUT, 'export');
  await fs.mkdir(dir, { recursive: true });
  const docxPaths = await Promise.all(
    letters.map(async ({ model, name, options }) => {
      const docxPath = path.join(dir, `${name}.docx`);
      await writeDocxAtomically(buildDocx(model, options), docxPath);
      return docxPath;
    }),
  );
  const pdfPaths = await docxToPdfs(docxPaths, dir);
  return Promise.all(
    pdfPaths.map(async (pdfPath, index) => ({
      docxPath: docxPaths[index]!,
      pdfPath,
      pageCount: await pdfPageCount(pdfPath),
      pages: await pdfPages(pdfPath),
    })),
  );
}

/** Collapses runs of whitespace, since PDF text extraction lays words out with its own spacing. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

const FOOTER_LINE = /^\s*Page \d+ of \d+\s*$/;
/** A continuation header ends with the page number ("Page 2 of 3"; "Page 2" in letters before November 2026). */
const CONTINUATION_PAGE_LINE = /^\s*Page \d+( of \d+)?\s*$/;
const DRAFT_LINE = /^\s*DRAFT \u2014 required fields missing\s*$/;

/** A page without the "Page X of Y" at its foot (and the blank lines after it). */
function withoutFooter(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end -= 1;
  return end > 0 && FOOTER_LINE.test(lines[end - 1]!) ? lines.slice(0, end - 1) : lines;
}

/**
 * The letter's running text, with the footer and the continuation header taken off each page, so a sentence
 * that crosses a page break reads as one.
 */
export function bodyText(pages: readonly string[]): string {
  return pages
    .map((page, index) => {
      let lines = withoutFooter(page.split('\n').filter((line) => !DRAFT_LINE.test(line)));
      if (index > 0) {
        const headerEnd = lines.findIndex((line) => CONTINUATION_PAGE_LINE.test(line));
        if (headerEnd >= 0 && headerEnd < 6) lines = lines.slice(headerEnd + 1);
      }
      return lines.join('\n');
    })
    .join('\n');
}

/** Rejoins a hyphenated word ("non-enforcement") that the line wrapped after its hyphen. */
export const joinHyphenatedLines = (text: string): string =>
  text.replace(/(\p{L})-[ \t]*\n\s*(?=\p{L})/gu, '$1-');
